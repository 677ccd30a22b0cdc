--liquibase formatted sql

--changeset ensemble:support-001-tickets-agents
--comment: the support desk (issue 23 §3): agents' availability with their open-ticket count (the assignment locks these rows), and tickets whose thread is a conversation
CREATE TABLE support_agents (
    user_id      uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    status       text        NOT NULL CONSTRAINT support_agents_status_check CHECK (status IN ('available', 'busy', 'offline')),
    status_at    timestamptz NOT NULL,
    open_tickets integer     NOT NULL DEFAULT 0 CONSTRAINT support_agents_open_check CHECK (open_tickets >= 0)
);
CREATE INDEX support_agents_status_idx ON support_agents (status);
CREATE TABLE support_tickets (
    id              uuid        PRIMARY KEY,
    requester_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    agent_id        uuid        REFERENCES users (id) ON DELETE SET NULL,
    subject         text        NOT NULL,
    description     text        NOT NULL,
    category        text,
    priority        text        NOT NULL CONSTRAINT support_tickets_priority_check CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status          text        NOT NULL CONSTRAINT support_tickets_status_check
        CHECK (status IN ('open', 'assigned', 'in_progress', 'resolved', 'closed')),
    conversation_id uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    assigned_at     timestamptz,
    resolved_at     timestamptz,
    closed_at       timestamptz
);
CREATE INDEX support_tickets_requester_idx ON support_tickets (requester_id, created_at DESC, id DESC);
CREATE INDEX support_tickets_agent_idx ON support_tickets (agent_id, created_at DESC, id DESC);
CREATE INDEX support_tickets_created_idx ON support_tickets (created_at DESC, id DESC);
CREATE INDEX support_tickets_queue_idx ON support_tickets (created_at, id) WHERE agent_id IS NULL AND status = 'open';
--rollback DROP TABLE support_tickets; DROP TABLE support_agents;
