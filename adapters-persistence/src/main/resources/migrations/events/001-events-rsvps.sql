--liquibase formatted sql

--changeset ensemble:events-001-extensions
--comment: geography of event search (issue 21 §1) with PostgreSQL's own contrib modules, no PostGIS; cube and earthdistance ship with the server packages and with the embedded (zonky) binaries, and are trusted extensions (PostgreSQL 13+)
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
--rollback DROP EXTENSION IF EXISTS earthdistance;
--rollback DROP EXTENSION IF EXISTS cube;

--changeset ensemble:events-001-tags-text splitStatements:false
--comment: tags as one string for the generated search vector (array_to_string is only STABLE; on text[] it cannot change)
CREATE FUNCTION events_tags_text(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT array_to_string(tags, ' ') $$;
--rollback DROP FUNCTION events_tags_text(text[]);

--changeset ensemble:events-001-events
--comment: events of hosts (seeds/000 events, issue 21 §1): start and optional end, coordinates, price in minor units, capacity, tags, images; version guards concurrent changes; last_at is when the event is over
CREATE TABLE events (
    id             uuid        PRIMARY KEY,
    host_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title          text        NOT NULL CONSTRAINT events_title_check CHECK (char_length(title) BETWEEN 1 AND 200),
    description    text        NOT NULL DEFAULT '',
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz CONSTRAINT events_ends_after_start_check CHECK (ends_at > starts_at),
    last_at        timestamptz GENERATED ALWAYS AS (COALESCE(ends_at, starts_at)) STORED,
    location       text        NOT NULL,
    latitude       double precision CONSTRAINT events_latitude_check CHECK (latitude BETWEEN -90 AND 90),
    longitude      double precision CONSTRAINT events_longitude_check CHECK (longitude BETWEEN -180 AND 180),
    price_amount   bigint      CONSTRAINT events_price_check CHECK (price_amount > 0),
    price_currency text        CONSTRAINT events_currency_check CHECK (price_currency ~ '^[A-Z]{3}$'),
    capacity       integer     CONSTRAINT events_capacity_check CHECK (capacity >= 1),
    tags           text[]      NOT NULL DEFAULT '{}',
    images         text[]      NOT NULL DEFAULT '{}',
    featured       boolean     NOT NULL DEFAULT false,
    status         text        NOT NULL CONSTRAINT events_status_check CHECK (status IN ('ACTIVE', 'CANCELLED')),
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    search         tsvector    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('simple', events_tags_text(tags)), 'B')
        || setweight(to_tsvector('simple', location), 'C')
        || setweight(to_tsvector('simple', description), 'D')) STORED,
    CONSTRAINT events_point_check CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT events_price_pair_check CHECK ((price_amount IS NULL) = (price_currency IS NULL))
);
CREATE INDEX events_listing_idx ON events ((NOT featured), starts_at, id) WHERE status = 'ACTIVE';
CREATE INDEX events_host_idx ON events (host_id, starts_at, id);
CREATE INDEX events_earth_idx ON events USING gist (ll_to_earth(latitude, longitude))
    WHERE status = 'ACTIVE' AND latitude IS NOT NULL;
CREATE INDEX events_search_idx ON events USING gin (search) WHERE status = 'ACTIVE';
CREATE INDEX events_title_trgm_idx ON events USING gin (title gin_trgm_ops) WHERE status = 'ACTIVE';
CREATE INDEX events_location_trgm_idx ON events USING gin (location gin_trgm_ops) WHERE status = 'ACTIVE';
CREATE INDEX events_tags_idx ON events USING gin (tags) WHERE status = 'ACTIVE';
--rollback DROP TABLE events;

--changeset ensemble:events-001-rsvps
--comment: one changeable RSVP per user and event (seeds/000 event_attendees, issue 21 §2); WAITLISTED rows carry their place in line from one sequence, taken under the event's row lock
CREATE SEQUENCE event_waitlist_seq;
CREATE TABLE event_rsvps (
    event_id     uuid        NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status       text        NOT NULL CONSTRAINT event_rsvps_status_check
        CHECK (status IN ('GOING', 'WAITLISTED', 'INTERESTED', 'NOT_GOING')),
    waitlist_seq bigint,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (event_id, user_id),
    CONSTRAINT event_rsvps_waitlist_check CHECK ((status = 'WAITLISTED') = (waitlist_seq IS NOT NULL))
);
CREATE INDEX event_rsvps_status_idx ON event_rsvps (event_id, status);
CREATE INDEX event_rsvps_waitlist_idx ON event_rsvps (event_id, waitlist_seq) WHERE status = 'WAITLISTED';
CREATE INDEX event_rsvps_user_idx ON event_rsvps (user_id, updated_at DESC);
--rollback DROP TABLE event_rsvps;
--rollback DROP SEQUENCE event_waitlist_seq;
