package io.ensemble.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.outbox.JdbiOutbox;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.outbox.UnreadableEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiOutboxTest extends DatabaseTestBase {
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());
    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");
    private final JdbiOutbox outbox = new JdbiOutbox(handles);

    @BeforeEach
    void emptyOutbox() {
        handles.use(h -> h.execute("TRUNCATE outbox"));
    }

    @Test
    void every_event_goes_through_the_table_and_comes_back_equal_with_the_payload_relays_used_to_send() throws Exception {
        List<OutboxEvent> appended = new ArrayList<>();
        for (int i = 0; i < OutboxCodecTest.SAMPLES.size(); i++) {
            OutboxEvent e = new OutboxEvent(IDS.newId(), UUID.randomUUID(), OutboxCodecTest.SAMPLES.get(i).event(),
                    NOW.plusSeconds(i));
            outbox.append(e);
            appended.add(e);
        }

        List<OutboxEvent> claimed = transactions.inTransaction(() -> outbox.claimUnpublished(100));

        assertThat(claimed).containsExactlyElementsOf(appended);
        ObjectMapper plain = new ObjectMapper();
        for (OutboxCodecTest.Sample s : OutboxCodecTest.SAMPLES) {
            String stored = handles.with(h -> h.createQuery("SELECT payload::text FROM outbox WHERE type = :type"
                    + " AND payload = CAST(:payload AS jsonb)").bind("type", s.type()).bind("payload", s.payload())
                    .mapTo(String.class).one());
            assertThat(plain.readTree(stored).toString()).as("the row's payload as the old relay published it")
                    .isEqualTo(s.payload());
        }
    }

    @Test
    void a_row_of_an_unknown_type_is_claimed_as_an_unreadable_event() {
        UUID id = IDS.newId();
        handles.use(h -> h.createUpdate("INSERT INTO outbox (id, type, recipient_id, payload, created_at)"
                + " VALUES (:id, 'order_shipped', :id, '{}', now())").bind("id", id).execute());

        List<OutboxEvent> claimed = transactions.inTransaction(() -> outbox.claimUnpublished(10));

        assertThat(claimed).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.event()).isEqualTo(new UnreadableEvent("order_shipped", "unknown type"));
        });
    }
}
