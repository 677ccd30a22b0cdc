--liquibase formatted sql

--changeset ensemble:connections-001-connection-requests
--comment: connection requests (seeds/001 §Connections); at most one PENDING or ACCEPTED request per unordered pair
CREATE TABLE connection_requests (
    id           uuid        PRIMARY KEY,
    requester_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    receiver_id  uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message      text,
    status       text        NOT NULL
        CONSTRAINT connection_requests_status_check CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    created_at   timestamptz NOT NULL,
    responded_at timestamptz,
    CONSTRAINT connection_requests_not_self_check CHECK (requester_id <> receiver_id),
    CONSTRAINT connection_requests_responded_check CHECK ((status = 'PENDING') = (responded_at IS NULL))
);
CREATE UNIQUE INDEX connection_requests_open_pair_key
    ON connection_requests (LEAST(requester_id, receiver_id), GREATEST(requester_id, receiver_id))
    WHERE status IN ('PENDING', 'ACCEPTED');
CREATE INDEX connection_requests_requester_idx ON connection_requests (requester_id, status, created_at DESC, id DESC);
CREATE INDEX connection_requests_receiver_idx ON connection_requests (receiver_id, status, created_at DESC, id DESC);
CREATE INDEX connection_requests_accepted_idx ON connection_requests (responded_at DESC, id DESC)
    WHERE status = 'ACCEPTED';
--rollback DROP TABLE connection_requests;
