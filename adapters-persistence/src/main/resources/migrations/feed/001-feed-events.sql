--liquibase formatted sql

--changeset ensemble:feed-001-events
--comment: the integrator event feed (issue 26 §1); seq is taken from feed_sequence's single row inside the appending transaction (row lock until commit), so committed numbers are contiguous and visible in order
CREATE TABLE feed_sequence (
    id       smallint PRIMARY KEY CHECK (id = 1),
    last_seq bigint   NOT NULL CHECK (last_seq >= 0)
);
INSERT INTO feed_sequence (id, last_seq) VALUES (1, 0);
CREATE TABLE feed_events (
    seq         bigint      PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    type        text        NOT NULL CHECK (type ~ '^[a-z]+(\.[a-z_]+)+$'),
    subjects    jsonb       NOT NULL,
    payload     jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feed_events_type_seq_idx ON feed_events (type, seq);
CREATE INDEX feed_events_occurred_idx ON feed_events (occurred_at);
--rollback DROP TABLE feed_events;
--rollback DROP TABLE feed_sequence;
