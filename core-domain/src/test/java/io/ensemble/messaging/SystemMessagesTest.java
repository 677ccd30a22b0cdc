package io.ensemble.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.messaging.fakes.InMemoryChat;
import io.ensemble.notifications.InMemoryOutbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SystemMessagesTest {
    private static final Instant AT = Instant.parse("2026-12-07T22:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryChat store = new InMemoryChat(outbox);
    private final SystemMessages messaging = new SystemMessages(store, store, outbox, new SequentialIdGenerator());
    private final UUID brand = store.addUser("Brand", true);
    private final UUID creator = store.addUser("Creator", false);

    @Test
    void opens_a_subject_group_with_its_owner_and_members_and_cuts_a_long_name() {
        UUID orderId = UUID.randomUUID();
        UUID id = messaging.openSubjectConversation("x".repeat(150), brand, List.of(creator), "ORDER", orderId, AT);

        Conversation c = store.findForMember(id, creator).orElseThrow();
        assertThat(c.type()).isEqualTo(ConversationType.GROUP);
        assertThat(c.name()).contains("x".repeat(SystemMessages.NAME_MAX));
        assertThat(c.ownerId()).contains(brand);
        assertThat(c.subjectType()).contains("ORDER");
        assertThat(c.subjectId()).contains(orderId);
        assertThat(store.members(id)).extracting(Participant::userId).containsExactly(brand, creator);
    }

    @Test
    void a_system_message_takes_the_next_seq_and_records_its_announce_event_for_the_relay() {
        UUID id = messaging.openSubjectConversation("Order", brand, List.of(creator), "ORDER", UUID.randomUUID(), AT);

        UUID first = messaging.postSystemMessage(id, brand, "Order placed.", AT);
        UUID second = messaging.postSystemMessage(id, creator, "Order accepted.", AT);

        assertThat(store.findById(first).orElseThrow().seq()).isEqualTo(1);
        assertThat(store.findById(second).orElseThrow().type()).isEqualTo(MessageType.SYSTEM);
        assertThat(outbox.all()).extracting(OutboxEvent::recipientId, OutboxEvent::event).containsExactly(
                org.assertj.core.groups.Tuple.tuple(brand, new MessagingEvent.MessageAnnounced(id, first)),
                org.assertj.core.groups.Tuple.tuple(creator, new MessagingEvent.MessageAnnounced(id, second)));
    }

    @Test
    void a_sender_outside_the_conversation_is_refused_and_nothing_is_recorded() {
        UUID id = messaging.openSubjectConversation("Order", brand, List.of(), "ORDER", UUID.randomUUID(), AT);
        assertThatThrownBy(() -> messaging.postSystemMessage(id, creator, "hi", AT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(outbox.all()).isEmpty();
    }
}
