package io.ensemble.messaging;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.messaging.fakes.InMemoryChat;
import io.ensemble.messaging.fakes.RecordingRealtimeBus;
import io.ensemble.messaging.fakes.TrackingTransactions;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link MessagingService} against in-memory ports: authorization, policy, idempotency, events after commit. */
class MessagingServiceTest {
    private InMemoryChat store;
    private TrackingTransactions transactions;
    private RecordingRealtimeBus bus;
    private MutableClock clock;
    private boolean connected;
    private java.util.Set<UUID> watching = java.util.Set.of();
    private MessagingService chat;
    private io.ensemble.notifications.InMemoryOutbox outbox;
    private Caller alice;
    private Caller bob;
    private Caller carol;

    @BeforeEach
    void setUp() {
        outbox = new io.ensemble.notifications.InMemoryOutbox();
        store = new InMemoryChat(outbox);
        transactions = new TrackingTransactions();
        bus = new RecordingRealtimeBus(transactions::open);
        clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        chat = service(false);
        alice = caller(store.addUser("Alice", true));
        bob = caller(store.addUser("Bob", true));
        carol = caller(store.addUser("Carol", true));
    }

    private MessagingService service(boolean requireConnection) {
        return new MessagingService(store, store, store, (a, b) -> connected, bus, id -> watching, transactions,
                new SequentialIdGenerator(), clock, new MessagingSettings(requireConnection));
    }

    private static Caller caller(UUID id) {
        return new Caller(id, Role.INFLUENCER, UUID.randomUUID());
    }

    private UUID direct(Caller a, Caller b) {
        return chat.openDirect(a, b.userId()).conversation().id();
    }

    private Message send(Caller from, UUID conversation, String text) {
        clock.advance(Duration.ofSeconds(1));
        return chat.send(from, conversation, SendMessageCommand.of(null, text, null, null)).message();
    }

    @Test
    void open_direct_is_get_or_create_for_the_unordered_pair() {
        UUID first = direct(alice, bob);
        assertThat(direct(bob, alice)).isEqualTo(first);
        assertThat(store.conversationCount()).isEqualTo(1);
        assertThat(chat.openDirect(alice, bob.userId()).members()).extracting(Participant::userId)
                .containsExactlyInAnyOrder(alice.userId(), bob.userId());
    }

    @Test
    void open_direct_with_yourself_is_invalid_and_with_an_unreachable_user_not_found() {
        assertThat(invalidFields(() -> chat.openDirect(alice, alice.userId()))).containsExactly("otherUserId");
        UUID suspended = store.addUser("Sam", false);
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.openDirect(alice, suspended));
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.openDirect(alice, UUID.randomUUID()));
        assertThat(store.conversationCount()).isZero();
    }

    @Test
    void require_connection_refuses_unconnected_pairs_and_allows_connected_ones() {
        chat = service(true);
        failsWith(Forbidden.class, "NOT_CONNECTED", () -> chat.openDirect(alice, bob.userId()));
        connected = true;
        assertThat(chat.openDirect(alice, bob.userId()).conversation().type()).isEqualTo(ConversationType.DIRECT);
    }

    @Test
    void send_assigns_seqs_and_publishes_message_sent_after_the_transaction() {
        UUID c = direct(alice, bob);
        Message first = send(alice, c, "one");
        Message second = send(bob, c, "two");
        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(bus.events()).filteredOn(e -> e.event().equals("message_sent")).hasSize(2).allSatisfy(e ->
                assertThat(e.room()).isEqualTo("conversation:" + c));
        assertThat(bus.events()).allSatisfy(e -> assertThat(e.insideTransaction()).isFalse());
        assertThat(bus.events().get(0).payload()).isEqualTo(first);
    }

    @Test
    void send_publishes_new_message_to_the_user_room_of_every_other_member_only() {
        UUID c = direct(alice, bob);
        Message m = send(alice, c, "seed 000 clients listen on user:{id}");
        assertThat(bus.events()).extracting(RecordingRealtimeBus.Event::room, RecordingRealtimeBus.Event::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("conversation:" + c, "message_sent"),
                        org.assertj.core.groups.Tuple.tuple("user:" + bob.userId(), "new_message"));
        assertThat(bus.events().get(1).payload()).isEqualTo(m);
    }

    @Test
    void a_retry_with_the_same_client_message_id_returns_the_stored_message_without_a_second_event() {
        UUID c = direct(alice, bob);
        MessagingService.Sent first = chat.send(alice, c, SendMessageCommand.of("text", "hi", null, "cid-1"));
        MessagingService.Sent retry = chat.send(alice, c, SendMessageCommand.of("text", "hi", null, "cid-1"));
        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.message()).isEqualTo(first.message());
        assertThat(store.messageCount()).isEqualTo(1);
        assertThat(bus.events()).hasSize(2);
    }

    @Test
    void a_retry_that_loses_the_race_returns_the_winners_message() {
        UUID c = direct(alice, bob);
        Message winner = store.appendDirectly(new NewMessage(UUID.randomUUID(), c, alice.userId(), MessageType.TEXT,
                "hi", List.of(), Optional.of("cid-2"), clock.instant()));
        MessagingService.Sent raced = chat.send(alice, c, SendMessageCommand.of("text", "hi", null, "cid-2"));
        assertThat(raced.created()).isFalse();
        assertThat(raced.message()).isEqualTo(winner);
        assertThat(store.messageCount()).isEqualTo(1);
        assertThat(bus.events()).isEmpty();
    }

    @Test
    void announce_publishes_a_message_stored_elsewhere_like_a_send_and_ignores_unknown_ids() {
        UUID c = direct(alice, bob);
        Message system = store.appendDirectly(new NewMessage(UUID.randomUUID(), c, alice.userId(), MessageType.SYSTEM,
                "Order paid", List.of(), Optional.empty(), clock.instant()));

        chat.announce(system.id());
        chat.announce(UUID.randomUUID());

        assertThat(bus.events()).extracting(e -> e.room() + " " + e.event()).containsExactly(
                "conversation:" + c + " message_sent", "user:" + bob.userId() + " new_message");
    }

    @Test
    void a_non_member_cannot_send_read_edit_delete_or_mark_read() {
        UUID c = direct(alice, bob);
        Message m = send(alice, c, "private");
        failsWith(NotFound.class, "NOT_FOUND", () -> send(carol, c, "intrude"));
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.messages(carol, c, Optional.empty(), Optional.empty(), 20));
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.edit(carol, m.id(), "x"));
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.delete(carol, m.id()));
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.markRead(carol, m.id()));
        assertThat(store.messageCount()).isEqualTo(1);
        assertThat(bus.events()).hasSize(2);
    }

    @Test
    void a_suspended_member_cannot_send() {
        UUID c = direct(alice, bob);
        store.setReachable(alice.userId(), false);
        failsWith(Forbidden.class, "ACCOUNT_SUSPENDED", () -> send(alice, c, "hi"));
        assertThat(store.messageCount()).isZero();
    }

    @Test
    void only_the_sender_edits_and_editing_sets_edited_at_and_publishes_message_edited() {
        UUID c = direct(alice, bob);
        Message m = send(alice, c, "typo");
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.edit(bob, m.id(), "hijack"));
        clock.advance(Duration.ofMinutes(1));
        Message edited = chat.edit(alice, m.id(), "fixed");
        assertThat(edited.content()).contains("fixed");
        assertThat(edited.editedAt()).contains(clock.instant());
        assertThat(bus.events().get(2).event()).isEqualTo("message_edited");
        assertThat(invalidFields(() -> chat.edit(alice, m.id(), " "))).containsExactly("content");
        assertThat(invalidFields(() -> chat.edit(alice, m.id(), "x".repeat(10_001)))).containsExactly("content");
    }

    @Test
    void delete_leaves_a_tombstone_once_and_it_cannot_be_edited() {
        UUID c = direct(alice, bob);
        Message m = send(alice, c, "regret");
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.delete(bob, m.id()));
        Message tomb = chat.delete(alice, m.id());
        assertThat(tomb.deleted()).isTrue();
        assertThat(tomb.content()).isEmpty();
        assertThat(chat.delete(alice, m.id())).isEqualTo(tomb);
        assertThat(bus.events()).extracting(RecordingRealtimeBus.Event::event)
                .containsExactly("message_sent", "new_message", "message_deleted");
        failsWith(ValidationFailed.class, "MESSAGE_DELETED", () -> chat.edit(alice, m.id(), "again"));
    }

    @Test
    void unread_counts_follow_sends_and_read_receipts_and_never_go_back() {
        UUID c = direct(alice, bob);
        send(alice, c, "1");
        Message two = send(alice, c, "2");
        send(bob, c, "3");
        Message four = send(alice, c, "4");
        assertThat(unread(bob, c)).isEqualTo(3);
        assertThat(unread(alice, c)).isEqualTo(1);
        ReadReceipt r = chat.markRead(bob, two.id());
        assertThat(r.lastReadSeq()).isEqualTo(2);
        assertThat(r.unreadCount()).isEqualTo(1);
        chat.markRead(bob, four.id());
        assertThat(chat.markRead(bob, two.id()).lastReadSeq()).isEqualTo(4);
        assertThat(unread(bob, c)).isZero();
        assertThat(bus.events()).filteredOn(e -> e.event().equals("message_read")).hasSize(3);
    }

    private long unread(Caller who, UUID conversation) {
        return chat.conversations(who, new PageRequest(100, Optional.empty())).items().stream()
                .filter(s -> s.conversation().id().equals(conversation)).findFirst().orElseThrow().unreadCount();
    }

    @Test
    void history_pages_newest_first_and_after_seq_catches_up_oldest_first() {
        UUID c = direct(alice, bob);
        for (int i = 0; i < 5; i++) {
            send(alice, c, "m" + i);
        }
        List<Long> history = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Message> page = chat.messages(bob, c, cursor, Optional.empty(), 2);
            page.items().forEach(m -> history.add(m.seq()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        assertThat(history).containsExactly(5L, 4L, 3L, 2L, 1L);
        Page<Message> catchUp = chat.messages(bob, c, Optional.empty(), Optional.of(2L), 2);
        assertThat(catchUp.items()).extracting(Message::seq).containsExactly(3L, 4L);
        assertThat(chat.messages(bob, c, catchUp.nextCursor(), Optional.empty(), 2).items())
                .extracting(Message::seq).containsExactly(5L);
        assertThat(invalidFields(() -> chat.messages(bob, c, Optional.empty(), Optional.of(-1L), 2)))
                .containsExactly("afterSeq");
        assertThat(invalidFields(() -> chat.messages(bob, c, Optional.of("junk"), Optional.empty(), 2)))
                .containsExactly("cursor");
    }

    @Test
    void a_failing_bus_does_not_fail_the_send() {
        UUID c = direct(alice, bob);
        bus.failing = true;
        assertThat(send(alice, c, "still stored").seq()).isEqualTo(1);
        assertThat(store.messageCount()).isEqualTo(1);
    }

    @Test
    void the_owner_manages_a_group_members_may_leave_and_strangers_see_nothing() {
        ConversationSummary group = chat.createGroup(alice, new CreateGroupCommand("Crew", List.of(bob.userId(), bob.userId())));
        UUID g = group.conversation().id();
        assertThat(group.members()).hasSize(2);
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.addMember(carol, g, carol.userId()));
        failsWith(Forbidden.class, "FORBIDDEN", () -> chat.addMember(bob, g, carol.userId()));
        assertThat(chat.addMember(alice, g, carol.userId()).members()).hasSize(3);
        failsWith(Forbidden.class, "FORBIDDEN", () -> chat.removeMember(bob, g, carol.userId()));
        chat.removeMember(carol, g, carol.userId());
        failsWith(NotFound.class, "NOT_FOUND", () -> send(carol, g, "gone"));
        assertThat(invalidFields(() -> chat.removeMember(alice, g, alice.userId()))).containsExactly("userId");
        chat.removeMember(alice, g, bob.userId());
        failsWith(NotFound.class, "NOT_FOUND", () -> chat.removeMember(alice, g, bob.userId()));
    }

    @Test
    void group_operations_on_a_direct_conversation_or_with_unknown_members_are_invalid() {
        UUID c = direct(alice, bob);
        assertThat(invalidFields(() -> chat.addMember(alice, c, carol.userId()))).containsExactly("conversationId");
        assertThat(invalidFields(() -> chat.createGroup(alice, new CreateGroupCommand("G", List.of(UUID.randomUUID())))))
                .containsExactly("memberIds");
        assertThat(store.conversationCount()).isEqualTo(1);
    }

    @Test
    void contacts_exclude_the_caller_and_unreachable_users_and_reject_long_searches() {
        store.addUser("Suspended Sue", false);
        assertThat(chat.contacts(alice, Optional.empty(), Optional.empty(), new PageRequest(100, Optional.empty()))
                .items()).extracting(Contact::name).containsExactly("Bob", "Carol");
        assertThat(chat.contacts(alice, Optional.of(" car "), Optional.empty(), new PageRequest(100, Optional.empty()))
                .items()).extracting(Contact::name).containsExactly("Carol");
        assertThat(invalidFields(() -> chat.contacts(alice, Optional.of("x".repeat(101)), Optional.empty(),
                new PageRequest(10, Optional.empty())))).containsExactly("search");
    }

    @Test
    void send_records_one_message_stored_outbox_event_per_other_member_and_none_for_a_retry() {
        UUID c = direct(alice, bob);
        Message first = chat.send(alice, c, SendMessageCommand.of(null, "hi", null, "c-1")).message();
        chat.send(alice, c, SendMessageCommand.of(null, "hi", null, "c-1"));

        assertThat(outbox.all()).singleElement().satisfies(e -> {
            assertThat(e.recipientId()).isEqualTo(bob.userId());
            assertThat(e.event()).isEqualTo(new MessagingEvent.MessageStored(c, first.id(), alice.userId()));
        });
    }

    @Test
    void a_recipient_watching_the_conversation_on_this_node_gets_no_offline_event_but_still_the_live_one() {
        UUID group = chat.createGroup(alice, new CreateGroupCommand("Crew", List.of(bob.userId(), carol.userId())))
                .conversation().id();
        watching = java.util.Set.of(bob.userId());

        chat.send(alice, group, SendMessageCommand.of(null, "hi", null, null));

        assertThat(outbox.all()).extracting(e -> e.recipientId()).containsExactly(carol.userId());
        assertThat(bus.events()).extracting(e -> e.room()).contains("user:" + bob.userId(), "user:" + carol.userId());
    }

    @Test
    void send_commands_validate_content_type_attachments_and_client_id() {
        assertThat(invalidFields(() -> SendMessageCommand.of(null, "", null, null))).containsExactly("content");
        assertThat(invalidFields(() -> SendMessageCommand.of(null, null, null, null))).containsExactly("content");
        assertThat(invalidFields(() -> SendMessageCommand.of(null, "x".repeat(10_001), null, null))).containsExactly("content");
        assertThat(SendMessageCommand.of(null, "x".repeat(10_000), null, null).type()).isEqualTo(MessageType.TEXT);
        assertThat(invalidFields(() -> SendMessageCommand.of("system", "hi", null, null))).containsExactly("type");
        assertThat(invalidFields(() -> SendMessageCommand.of(null, "hi", java.util.Collections.nCopies(11, "m"), null)))
                .containsExactly("attachments");
        assertThat(invalidFields(() -> SendMessageCommand.of(null, "hi", null, "c".repeat(101))))
                .containsExactly("clientMessageId");
        assertThat(SendMessageCommand.of("IMAGE", "hi", List.of("m1"), " ").clientMessageId()).isEmpty();
        assertThat(invalidFields(() -> new CreateGroupCommand(" ", null))).containsExactly("name");
    }
}
