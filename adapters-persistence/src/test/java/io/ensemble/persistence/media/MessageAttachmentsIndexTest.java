package io.ensemble.persistence.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.persistence.DatabaseTestBase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * messages_attachments_idx (media/003) holds only messages with attachments, and both media queries that look a
 * media id up in messages.attachments use it: the planner only uses a partial index when the query repeats its
 * predicate, so dropping {@code attachments <> '{}'} from a query would make it read every message of the sender.
 */
class MessageAttachmentsIndexTest extends DatabaseTestBase {
    private static final UUID SENDER = UUID.randomUUID();

    /** A chatty sender: 20,000 text messages and 10 with an attachment, analysed so the planner sees it. */
    @BeforeEach
    void aChattySender() {
        handles.use(h -> {
            h.execute("TRUNCATE conversations, messages CASCADE");
            h.execute("INSERT INTO users (id, email, role, created_at, updated_at) VALUES (?, 'chatty@example.com', "
                    + "'MEMBER', now(), now())", SENDER);
            UUID conversation = UUID.randomUUID();
            h.execute("INSERT INTO conversations (id, type, name, owner_id, created_at, updated_at) "
                    + "VALUES (?, 'GROUP', 'room', ?, now(), now())", conversation, SENDER);
            h.execute("INSERT INTO messages (id, conversation_id, sender_id, type, content, attachments, seq, created_at) "
                    + "SELECT gen_random_uuid(), ?, ?, CASE WHEN n % 2000 = 0 THEN 'IMAGE' ELSE 'TEXT' END, 'hi', "
                    + "CASE WHEN n % 2000 = 0 THEN ARRAY[gen_random_uuid()::text] ELSE '{}' END, n, now() "
                    + "FROM generate_series(1, 20000) n", conversation, SENDER);
            h.execute("ANALYZE messages");
        });
    }

    @Test
    void the_index_leaves_out_messages_without_attachments() {
        String definition = handles.with(h -> h.createQuery(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'messages_attachments_idx'").mapTo(String.class).one());

        assertThat(definition).contains("USING gin (attachments)").contains("WHERE (attachments <> '{}'::text[])");
    }

    @Test
    void the_readable_query_looks_the_attachment_up_in_the_index() {
        String plan = plan("EXPLAIN " + JdbiMediaRepository.READABLE.replace(":id", "'" + UUID.randomUUID() + "'::uuid")
                .replace(":reader", "'" + UUID.randomUUID() + "'::uuid"));

        assertThat(plan).contains("messages_attachments_idx");
    }

    @Test
    void the_cleanup_query_looks_the_attachment_up_in_the_index() {
        String before = OffsetDateTime.now(ZoneOffset.UTC).toString();
        String plan = plan("EXPLAIN " + JdbiMediaRepository.UNATTACHED.replace(":before", "'" + before + "'::timestamptz")
                .replace(":max", "100"));

        assertThat(plan).contains("messages_attachments_idx");
    }

    /** @return the plan PostgreSQL picks for {@code explain} (an EXPLAIN statement), one line per node */
    private static String plan(String explain) {
        return handles.with(h -> String.join("\n", h.createQuery(explain).mapTo(String.class).list()));
    }
}
