--liquibase formatted sql

--changeset ensemble:messaging-005-threads-reactions-pins-mutes
--comment: issue 27: replies (reply_to_id, same conversation), reactions (one per user per emoji per message), pins per conversation, a member's mute
ALTER TABLE messages ADD COLUMN reply_to_id uuid REFERENCES messages (id) ON DELETE SET NULL;
CREATE INDEX messages_reply_to_idx ON messages (reply_to_id, seq) WHERE reply_to_id IS NOT NULL;

CREATE TABLE message_reactions (
    message_id uuid        NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    emoji      text        NOT NULL CONSTRAINT message_reactions_emoji_check CHECK (char_length(emoji) BETWEEN 1 AND 32),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji)
);
CREATE INDEX message_reactions_user_idx ON message_reactions (user_id);

CREATE TABLE conversation_pins (
    conversation_id uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    message_id      uuid        NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    pinned_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
    pinned_at       timestamptz NOT NULL,
    PRIMARY KEY (conversation_id, message_id)
);
CREATE INDEX conversation_pins_pinned_by_idx ON conversation_pins (pinned_by);

ALTER TABLE conversation_members ADD COLUMN muted_at timestamptz;
--rollback ALTER TABLE conversation_members DROP COLUMN muted_at;
--rollback DROP TABLE conversation_pins;
--rollback DROP TABLE message_reactions;
--rollback ALTER TABLE messages DROP COLUMN reply_to_id;
