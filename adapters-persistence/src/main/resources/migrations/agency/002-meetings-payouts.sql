--liquibase formatted sql

--changeset ensemble:agency-002-meetings
--comment: the agency's meetings (issue 22 §1): start and duration, attendees, location or link, notes; cancelled ones are kept (calendar feeds show the cancellation); reminders sent once per attendee
CREATE TABLE agency_meetings (
    id               uuid        PRIMARY KEY,
    title            text        NOT NULL,
    starts_at        timestamptz NOT NULL,
    duration_minutes integer     NOT NULL CONSTRAINT agency_meetings_duration_check CHECK (duration_minutes BETWEEN 1 AND 1440),
    location         text,
    link             text,
    notes            text,
    cancelled        boolean     NOT NULL DEFAULT false,
    sequence         integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX agency_meetings_start_idx ON agency_meetings (starts_at);
CREATE TABLE agency_meeting_attendees (
    meeting_id  uuid        NOT NULL REFERENCES agency_meetings (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reminded_at timestamptz,
    PRIMARY KEY (meeting_id, user_id)
);
CREATE INDEX agency_meeting_attendees_user_idx ON agency_meeting_attendees (user_id);
--rollback DROP TABLE agency_meeting_attendees; DROP TABLE agency_meetings;

--changeset ensemble:agency-002-payout-source
--comment: one payouts ledger (issue 22 §1): each row carries its source, order (a marketplace order's payout) or agency (an admin's payout to a member, with a description and no order)
ALTER TABLE payouts ADD COLUMN source text NOT NULL DEFAULT 'order'
    CONSTRAINT payouts_source_check CHECK (source IN ('order', 'agency'));
ALTER TABLE payouts ADD COLUMN description text;
ALTER TABLE payouts ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE payouts ADD CONSTRAINT payouts_source_order_check CHECK ((source = 'order') = (order_id IS NOT NULL));
CREATE INDEX payouts_created_idx ON payouts (created_at, user_id);
--rollback DROP INDEX payouts_created_idx; ALTER TABLE payouts DROP CONSTRAINT payouts_source_order_check; DELETE FROM payouts WHERE source = 'agency'; ALTER TABLE payouts ALTER COLUMN order_id SET NOT NULL; ALTER TABLE payouts DROP COLUMN description; ALTER TABLE payouts DROP COLUMN source;
