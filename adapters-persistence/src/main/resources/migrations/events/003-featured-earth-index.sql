--liquibase formatted sql

--changeset ensemble:events-003-featured-earth-index
--comment: nearest featured events first (issue 21 §1 bench): featured events are few, so the nearest-neighbour walk of a near search reads them from their own GiST instead of skipping every other event in the radius
CREATE INDEX events_earth_featured_idx ON events USING gist (ll_to_earth(latitude, longitude))
    WHERE status = 'ACTIVE' AND latitude IS NOT NULL AND featured;
--rollback DROP INDEX events_earth_featured_idx;
