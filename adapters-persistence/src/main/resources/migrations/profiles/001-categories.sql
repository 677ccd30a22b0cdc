--liquibase formatted sql

--changeset ensemble:profiles-001-categories
--comment: managed list of category slugs (issue 5 §1); admins add rows later
CREATE TABLE categories (
    slug       text        PRIMARY KEY CONSTRAINT categories_slug_check CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO categories (slug, name) VALUES
    ('hair', 'Hair'), ('nails', 'Nails'), ('makeup', 'Makeup'), ('skincare', 'Skincare'), ('spa', 'Spa'),
    ('barber', 'Barber'), ('lashes', 'Lashes'), ('brows', 'Brows'), ('fashion', 'Fashion'),
    ('fitness', 'Fitness'), ('lifestyle', 'Lifestyle'), ('music', 'Music'), ('gaming', 'Gaming'),
    ('comedy', 'Comedy'), ('education', 'Education'), ('travel', 'Travel'), ('food', 'Food'),
    ('beauty', 'Beauty');
--rollback DROP TABLE categories;
