--liquibase formatted sql

--changeset ensemble:marketplace-001-packages
--comment: creator packages (seeds/002 §Package Table, issue 8 §1); price in minor units
CREATE TABLE packages (
    id             uuid        PRIMARY KEY,
    creator_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title          text        NOT NULL,
    platform       text        NOT NULL,
    content_type   text        NOT NULL,
    quantity       integer     NOT NULL CONSTRAINT packages_quantity_check CHECK (quantity >= 1),
    revisions      integer     NOT NULL CONSTRAINT packages_revisions_check CHECK (revisions >= 0),
    duration_days  integer     NOT NULL CONSTRAINT packages_duration_check CHECK (duration_days >= 1),
    price_amount   bigint      NOT NULL CONSTRAINT packages_price_check CHECK (price_amount > 0),
    price_currency text        NOT NULL CONSTRAINT packages_currency_check CHECK (price_currency ~ '^[A-Z]{3}$'),
    description    text        NOT NULL DEFAULT '',
    active         boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX packages_creator_active_idx ON packages (creator_id, created_at, id) WHERE active;
--rollback DROP TABLE packages;

--changeset ensemble:marketplace-001-orders
--comment: orders with an explicit lifecycle (issue 8 §2); version guards concurrent transitions
CREATE TABLE orders (
    id                uuid        PRIMARY KEY,
    brand_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    creator_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    package_id        uuid        REFERENCES packages (id),
    title             text        NOT NULL,
    requirements      text        NOT NULL DEFAULT '',
    deadline          date,
    price_amount      bigint      NOT NULL CONSTRAINT orders_price_check CHECK (price_amount > 0),
    price_currency    text        NOT NULL CONSTRAINT orders_currency_check CHECK (price_currency ~ '^[A-Z]{3}$'),
    revisions_allowed integer     NOT NULL CONSTRAINT orders_revisions_allowed_check CHECK (revisions_allowed >= 0),
    revisions_used    integer     NOT NULL DEFAULT 0,
    status            text        NOT NULL CONSTRAINT orders_status_check CHECK (status IN ('PENDING_PAYMENT', 'PAID',
        'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'DELIVERED', 'REVISION_REQUESTED', 'COMPLETED', 'CANCELLED', 'DISPUTED',
        'REFUNDED')),
    conversation_id   uuid        NOT NULL REFERENCES conversations (id),
    deliverables      text[]      NOT NULL DEFAULT '{}',
    version           bigint      NOT NULL DEFAULT 0,
    delivered_at      timestamptz,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT orders_parties_check CHECK (brand_id <> creator_id),
    CONSTRAINT orders_revisions_used_check CHECK (revisions_used BETWEEN 0 AND revisions_allowed)
);
CREATE INDEX orders_brand_idx ON orders (brand_id, created_at DESC, id DESC);
CREATE INDEX orders_creator_idx ON orders (creator_id, created_at DESC, id DESC);
CREATE INDEX orders_delivered_idx ON orders (delivered_at) WHERE status = 'DELIVERED';
--rollback DROP TABLE orders;

--changeset ensemble:marketplace-001-order-transitions
--comment: every order transition: who (null = system), when, why, from, to
CREATE TABLE order_transitions (
    id          uuid        PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    actor_id    uuid        REFERENCES users (id) ON DELETE SET NULL,
    party       text        NOT NULL,
    action      text        NOT NULL,
    from_status text        NOT NULL,
    to_status   text        NOT NULL,
    note        text,
    created_at  timestamptz NOT NULL
);
CREATE INDEX order_transitions_order_idx ON order_transitions (order_id, created_at, id);
--rollback DROP TABLE order_transitions;

--changeset ensemble:marketplace-001-order-idempotency-keys
--comment: Idempotency-Key of POST /api/v1/orders per caller: request fingerprint and the order it created
CREATE TABLE order_idempotency_keys (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key         text        NOT NULL,
    fingerprint text        NOT NULL,
    order_id    uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, key)
);
--rollback DROP TABLE order_idempotency_keys;

--changeset ensemble:marketplace-001-reviews
--comment: one review per completed order by its brand (seeds/002 rating)
CREATE TABLE reviews (
    id         uuid        PRIMARY KEY,
    order_id   uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    brand_id   uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    creator_id uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rating     smallint    NOT NULL CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5),
    comment    text        NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    CONSTRAINT reviews_order_key UNIQUE (order_id)
);
CREATE INDEX reviews_creator_idx ON reviews (creator_id, created_at DESC, id DESC);
--rollback DROP TABLE reviews;
