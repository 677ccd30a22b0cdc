package io.ensemble.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationSummary;
import io.ensemble.messaging.DuplicateClientMessage;
import io.ensemble.messaging.Message;
import io.ensemble.messaging.MessageRepository;
import io.ensemble.messaging.MessageType;
import io.ensemble.messaging.MessagingEvent;
import io.ensemble.messaging.NewMessage;
import io.ensemble.messaging.ReadReceipt;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.persistence.outbox.OutboxCodec;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messaging repositories against real PostgreSQL, including the send CTE under concurrency. */
class JdbiMessagingRepositoryTest extends DatabaseTestBase {
    /** Outbox rows for recipients (notifications, live delivery); the integrator feed's row is counted apart. */
    private static final String RECIPIENT_EVENTS = "SELECT count(*) FROM outbox WHERE type <> 'message_sent_feed'";

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());

    private JdbiConversationRepository conversations;
    private JdbiMessageRepository messages;
    private JdbiContactDirectory contacts;
    private UUID alice;
    private UUID bob;
    private UUID carol;

    @BeforeEach
    void setUp() {
        conversations = new JdbiConversationRepository(handles);
        messages = new JdbiMessageRepository(handles);
        contacts = new JdbiContactDirectory(handles);
        handles.use(h -> h.execute("TRUNCATE outbox"));
        JdbiUserRepository users = new JdbiUserRepository(handles);
        alice = user(users, "alice", AccountStatus.ACTIVE, true);
        bob = user(users, "bob", AccountStatus.ACTIVE, true);
        carol = user(users, "carol", AccountStatus.ACTIVE, true);
    }

    private static UUID user(JdbiUserRepository users, String name, AccountStatus status, boolean verified) {
        UUID id = IDS.newId();
        users.create(new User(id, name + "-" + id + "@example.com", name, Role.INFLUENCER, status, verified, "x", NOW, NOW));
        return id;
    }

    private Conversation direct(UUID a, UUID b) {
        return transactions.inTransaction(() -> conversations.getOrCreateDirect(Conversation.direct(IDS.newId(), NOW), a, b));
    }

    private Optional<Message> send(UUID conversationId, UUID sender, String text, String clientId) {
        return transactions.inTransaction(() -> messages.append(new NewMessage(IDS.newId(), conversationId, sender,
                MessageType.TEXT, text, List.of("media-1"), Optional.ofNullable(clientId), NOW)));
    }

    @Test
    void direct_conversation_is_one_per_unordered_pair() {
        Conversation first = direct(alice, bob);
        Conversation again = direct(bob, alice);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(conversations.members(first.id())).extracting(p -> p.userId()).containsExactlyInAnyOrder(alice, bob);
        assertThat(count("SELECT count(*) FROM conversations")).isEqualTo(1);
    }

    @Test
    void concurrent_get_or_create_of_one_pair_gives_one_conversation() throws Exception {
        List<Conversation> results = Concurrently.run(10, () -> direct(alice, bob));
        assertThat(results).extracting(Conversation::id).containsOnly(results.get(0).id());
        assertThat(count("SELECT count(*) FROM conversations")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM conversation_members")).isEqualTo(2);
    }

    @Test
    void append_assigns_consecutive_seqs_and_returns_the_row() {
        Conversation c = direct(alice, bob);
        Message m1 = send(c.id(), alice, "hello", null).orElseThrow();
        Message m2 = send(c.id(), bob, "hi", null).orElseThrow();
        assertThat(m1.seq()).isEqualTo(1);
        assertThat(m2.seq()).isEqualTo(2);
        assertThat(m1.attachments()).containsExactly("media-1");
        assertThat(m1.content()).contains("hello");
        assertThat(conversations.findForMember(c.id(), alice).orElseThrow().lastSeq()).isEqualTo(2);
    }

    @Test
    void append_by_a_non_member_stores_nothing_and_bumps_nothing() {
        Conversation c = direct(alice, bob);
        assertThat(send(c.id(), carol, "intrude", null)).isEmpty();
        assertThat(count("SELECT count(*) FROM messages")).isZero();
        assertThat(count("SELECT last_seq FROM conversations")).isZero();
    }

    @Test
    void twenty_concurrent_sends_get_seqs_1_to_20_without_gap_or_duplicate() throws Exception {
        Conversation c = direct(alice, bob);
        List<Message> sent = Concurrently.run(20, () -> send(c.id(), alice, "m", null).orElseThrow());
        assertThat(sent).extracting(Message::seq).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(count("SELECT count(DISTINCT seq) FROM messages")).isEqualTo(20);
        assertThat(count("SELECT last_seq FROM conversations")).isEqualTo(20);
    }

    @Test
    void a_concurrent_retry_with_one_client_message_id_stores_once_without_a_seq_gap() throws Exception {
        Conversation c = direct(alice, bob);
        List<String> outcomes = Concurrently.run(8, () -> {
            try {
                send(c.id(), alice, "once", "client-1").orElseThrow();
                return "stored";
            } catch (DuplicateClientMessage e) {
                return "duplicate";
            }
        });
        assertThat(outcomes).containsOnlyOnce("stored");
        assertThat(count("SELECT count(*) FROM messages")).isEqualTo(1);
        assertThat(count("SELECT last_seq FROM conversations")).isEqualTo(1);
        assertThat(messages.findByClientMessageId(c.id(), alice, "client-1").orElseThrow().seq()).isEqualTo(1);
        assertThat(send(c.id(), alice, "next", null).orElseThrow().seq()).isEqualTo(2);
    }

    private Optional<MessageRepository.Appended> sendOne(UUID conversationId, UUID sender, String clientId) {
        NewMessage m = new NewMessage(IDS.newId(), conversationId, sender, MessageType.TEXT, "hi",
                List.of(), Optional.ofNullable(clientId), NOW);
        return messages.send(m, MessagingEvent.MessageStored.of(m), Set.of());
    }

    @Test
    void send_in_one_statement_stores_the_message_and_one_outbox_event_per_other_member() {
        UUID group = direct(alice, bob).id();
        conversations.addMember(group, carol, NOW);

        MessageRepository.Appended first = sendOne(group, alice, "c-1").orElseThrow();
        MessageRepository.Appended second = sendOne(group, bob, null).orElseThrow();

        assertThat(first.message().seq()).isEqualTo(1);
        assertThat(second.message().seq()).isEqualTo(2);
        assertThat(first.recipients()).containsExactlyInAnyOrder(bob, carol);
        assertThat(second.recipients()).containsExactlyInAnyOrder(alice, carol);
        String payload = OutboxCodec.standard().encode(new MessagingEvent.MessageStored(group, first.message().id(), alice));
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_stored' AND payload = CAST('" + payload
                + "' AS jsonb) AND recipient_id IN ('" + bob + "', '" + carol + "')")).isEqualTo(2);
        assertThat(count(RECIPIENT_EVENTS)).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_sent_feed'"))
                .as("one integrator feed event per stored message (issue 26)").isEqualTo(2);
    }

    @Test
    void send_records_no_outbox_event_for_members_watching_the_conversation() {
        UUID group = direct(alice, bob).id();
        conversations.addMember(group, carol, NOW);
        NewMessage m = new NewMessage(IDS.newId(), group, alice, MessageType.TEXT, "hi", List.of(), Optional.empty(), NOW);
        MessageRepository.Appended sent = messages.send(m, MessagingEvent.MessageStored.of(m), Set.of(bob)).orElseThrow();
        assertThat(sent.recipients()).containsExactlyInAnyOrder(bob, carol);
        assertThat(count("SELECT count(*) FROM outbox WHERE recipient_id = '" + carol + "'")).isEqualTo(1);
        assertThat(count(RECIPIENT_EVENTS)).isEqualTo(1);
    }

    @Test
    void send_by_a_non_member_or_a_suspended_or_unverified_member_writes_nothing() {
        JdbiUserRepository users = new JdbiUserRepository(handles);
        UUID suspended = user(users, "sus", AccountStatus.SUSPENDED, true);
        UUID unverified = user(users, "unv", AccountStatus.ACTIVE, false);
        Conversation withSuspended = direct(alice, suspended);
        Conversation withUnverified = direct(alice, unverified);
        Conversation c = direct(alice, bob);

        assertThat(sendOne(c.id(), carol, null)).isEmpty();
        assertThat(sendOne(withSuspended.id(), suspended, null)).isEmpty();
        assertThat(sendOne(withUnverified.id(), unverified, null)).isEmpty();
        assertThat(count("SELECT count(*) FROM messages")).isZero();
        assertThat(count(RECIPIENT_EVENTS)).isZero();
        assertThat(count("SELECT coalesce(sum(last_seq), 0) FROM conversations")).isZero();
    }

    @Test
    void send_with_a_stored_client_message_id_is_a_duplicate_that_consumes_no_seq_and_records_nothing() throws Exception {
        Conversation c = direct(alice, bob);
        List<String> outcomes = Concurrently.run(8, () -> {
            try {
                sendOne(c.id(), alice, "again").orElseThrow();
                return "stored";
            } catch (DuplicateClientMessage e) {
                return "duplicate";
            }
        });
        assertThat(outcomes).containsOnlyOnce("stored");
        assertThat(count("SELECT count(*) FROM messages")).isEqualTo(1);
        assertThat(count(RECIPIENT_EVENTS)).isEqualTo(1);
        assertThat(sendOne(c.id(), alice, null).orElseThrow().message().seq()).isEqualTo(2);
    }

    @Test
    void twenty_concurrent_one_statement_sends_get_seqs_1_to_20() throws Exception {
        Conversation c = direct(alice, bob);
        List<Long> seqs = Concurrently.run(20, () -> sendOne(c.id(), alice, null).orElseThrow().message().seq());
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(count("SELECT count(*) FROM outbox WHERE recipient_id = '" + bob + "'")).isEqualTo(20);
    }

    private static MessageStore.Row row(UUID conversationId, UUID sender, String clientId, Set<UUID> watching) {
        NewMessage m = new NewMessage(IDS.newId(), conversationId, sender, MessageType.TEXT, "batched",
                List.of(), Optional.ofNullable(clientId), NOW);
        return new MessageStore.Row(m, Optional.of(MessagingEvent.MessageStored.of(m)), watching);
    }

    @Test
    void a_batch_applies_the_send_rules_row_by_row_in_one_statement() throws Exception {
        UUID c = direct(alice, bob).id();
        UUID other = direct(alice, carol).id();
        sendOne(c, alice, "stored-before").orElseThrow();
        JdbiUserRepository users = new JdbiUserRepository(handles);
        UUID suspended = user(users, "sus", AccountStatus.SUSPENDED, true);
        UUID withSuspended = direct(alice, suspended).id();

        List<MessageStore.Outcome> outcomes = handles.with(h -> {
            try {
                return MessageStore.run(h.getConnection(), List.of(
                        row(c, alice, "a-1", Set.of()),
                        row(c, bob, null, Set.of(alice)),
                        row(c, carol, null, Set.of()),
                        row(c, alice, "stored-before", Set.of()),
                        row(other, carol, "a-1", Set.of()),
                        row(withSuspended, suspended, null, Set.of()),
                        row(c, alice, null, Set.of())), true);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(outcomes).hasSize(7);
        assertThat(outcomes.get(0).appended().orElseThrow().message().seq()).isEqualTo(2);
        assertThat(outcomes.get(0).appended().orElseThrow().recipients()).containsExactly(bob);
        assertThat(outcomes.get(1).appended().orElseThrow().message().seq()).isEqualTo(3);
        assertThat(outcomes.get(1).appended().orElseThrow().recipients()).containsExactly(alice);
        assertThat(outcomes.get(2).appended()).isEmpty();
        assertThat(outcomes.get(2).duplicate()).isFalse();
        assertThat(outcomes.get(3).appended()).isEmpty();
        assertThat(outcomes.get(3).duplicate()).isTrue();
        assertThat(outcomes.get(4).appended().orElseThrow().message().seq()).isEqualTo(1);
        assertThat(outcomes.get(4).appended().orElseThrow().message().clientMessageId()).contains("a-1");
        assertThat(outcomes.get(5).appended()).isEmpty();
        assertThat(outcomes.get(6).appended().orElseThrow().message().seq()).isEqualTo(4);
        assertThat(count("SELECT last_seq FROM conversations WHERE id = '" + c + "'")).isEqualTo(4);
        assertThat(count("SELECT last_seq FROM conversations WHERE id = '" + other + "'")).isEqualTo(1);
        assertThat(count("SELECT last_seq FROM conversations WHERE id = '" + withSuspended + "'")).isZero();
        assertThat(count("SELECT count(*) FROM messages WHERE content = 'batched'")).isEqualTo(4);
        // one outbox row per other member not watching: bob (x2: a-1 and the last), none for alice (watching), carol's to alice
        assertThat(count("SELECT count(*) FROM outbox WHERE recipient_id = '" + bob + "'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox WHERE recipient_id = '" + alice + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox WHERE type = 'message_stored' AND payload->>'senderId' = '" + carol + "'"
                + " AND payload->>'conversationId' = '" + other + "' AND payload->>'messageId' = '"
                + outcomes.get(4).appended().orElseThrow().message().id() + "'")).isEqualTo(1);
    }

    @Test
    void append_and_send_share_one_statement_with_the_sender_check_and_the_events_as_parameters() {
        JdbiUserRepository users = new JdbiUserRepository(handles);
        UUID suspended = user(users, "sus", AccountStatus.SUSPENDED, true);
        UUID c = direct(alice, suspended).id();

        assertThat(sendOne(c, suspended, null)).as("a member's send needs an active, verified sender").isEmpty();
        Message system = send(c, suspended, "order moved", null).orElseThrow();

        assertThat(system.seq()).isEqualTo(1);
        assertThat(count(RECIPIENT_EVENTS)).as("system messages record no recipient events").isZero();
        assertThat(sendOne(c, alice, null).orElseThrow().message().seq()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox WHERE recipient_id = '" + suspended + "'")).isEqualTo(1);
    }

    @Test
    void append_of_a_stored_client_message_id_is_a_duplicate() {
        UUID c = direct(alice, bob).id();
        send(c, alice, "first", "sys-1").orElseThrow();
        assertThatThrownBy(() -> send(c, alice, "again", "sys-1")).isInstanceOf(DuplicateClientMessage.class);
        assertThat(count("SELECT last_seq FROM conversations")).isEqualTo(1);
    }

    @Test
    void a_batch_keeps_each_rows_attachments_in_order() throws Exception {
        UUID c = direct(alice, bob).id();
        NewMessage two = new NewMessage(IDS.newId(), c, alice, MessageType.IMAGE, "pics", List.of("m-2", "m-1"),
                Optional.empty(), NOW);
        NewMessage none = new NewMessage(IDS.newId(), c, bob, MessageType.TEXT, "text", List.of(), Optional.empty(), NOW);
        NewMessage one = new NewMessage(IDS.newId(), c, bob, MessageType.FILE, "doc", List.of("m-3"), Optional.empty(), NOW);
        List<MessageStore.Outcome> outcomes = handles.with(h -> {
            try {
                return MessageStore.run(h.getConnection(), List.of(new MessageStore.Row(two, Optional.empty(), Set.of()),
                        new MessageStore.Row(none, Optional.empty(), Set.of()),
                        new MessageStore.Row(one, Optional.empty(), Set.of())), true);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(outcomes).extracting(o -> o.appended().orElseThrow().message().attachments())
                .containsExactly(List.of("m-2", "m-1"), List.of(), List.of("m-3"));
        assertThat(messages.findById(two.id()).orElseThrow().attachments()).containsExactly("m-2", "m-1");
    }

    @Test
    void a_batch_refused_by_the_server_stores_nothing() throws Exception {
        UUID c = direct(alice, bob).id();
        java.util.concurrent.CountDownLatch inserted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread concurrent = new Thread(() -> transactions.inTransaction(() -> {
            sendOne(c, alice, "racing");
            inserted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        concurrent.start();
        inserted.await();
        java.util.concurrent.Future<Throwable> batch = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> {
            try {
                handles.with(h -> {
                    try {
                        return MessageStore.run(h.getConnection(), List.of(row(c, bob, null, Set.of()),
                                row(c, alice, "racing", Set.of())), true);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Thread.sleep(300); // the batch now waits on the uncommitted row's unique key
        release.countDown();
        concurrent.join();
        Throwable failure = batch.get();
        assertThat(failure).isNotNull();
        assertThat(io.ensemble.persistence.database.SqlErrors.isRejectedByServer(failure)).isTrue();
        assertThat(count("SELECT count(*) FROM messages")).isEqualTo(1);
        assertThat(count("SELECT last_seq FROM conversations")).isEqualTo(1);
        assertThat(count(RECIPIENT_EVENTS)).isEqualTo(1);
    }

    @Test
    void concurrent_sends_to_several_conversations_each_get_gapless_seqs_and_their_outbox_rows() throws Exception {
        List<UUID> conversationsUsed = List.of(direct(alice, bob).id(), direct(alice, carol).id(), direct(bob, carol).id());
        List<MessageRepository.Appended> sent = Concurrently.run(60, () -> {
            UUID c = conversationsUsed.get((int) (Thread.currentThread().getId() % 3));
            UUID sender = count("SELECT count(*) FROM conversation_members WHERE conversation_id = '" + c
                    + "' AND user_id = '" + alice + "'") > 0 ? alice : bob;
            return sendOne(c, sender, null).orElseThrow();
        });
        for (UUID c : conversationsUsed) {
            List<Long> seqs = sent.stream().filter(a -> a.message().conversationId().equals(c))
                    .map(a -> a.message().seq()).toList();
            assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
            assertThat(count("SELECT last_seq FROM conversations WHERE id = '" + c + "'")).isEqualTo(seqs.size());
        }
        assertThat(count("SELECT count(*) FROM messages")).isEqualTo(60);
        assertThat(count(RECIPIENT_EVENTS)).isEqualTo(60);
        assertThat(messages.batchedRows()).as("sends that arrived together shared a statement").isPositive();
    }

    @Test
    void a_group_without_a_subject_is_stored_with_a_null_subject() {
        Conversation group = Conversation.group(IDS.newId(), "Crew", alice, NOW);
        transactions.inTransaction(() -> {
            conversations.createGroup(group);
            conversations.addMember(group.id(), alice, NOW);
            return null;
        });
        Conversation stored = conversations.findForMember(group.id(), alice).orElseThrow();
        assertThat(stored.name()).contains("Crew");
        assertThat(stored.subjectId()).isEmpty();
        assertThat(count("SELECT count(*) FROM conversations WHERE id = '" + group.id() + "' AND subject_id IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void same_client_message_id_from_another_sender_is_a_different_message() {
        Conversation c = direct(alice, bob);
        send(c.id(), alice, "a", "same");
        send(c.id(), bob, "b", "same");
        assertThat(count("SELECT count(*) FROM messages")).isEqualTo(2);
        assertThatThrownBy(() -> send(c.id(), alice, "a", "same")).isInstanceOf(DuplicateClientMessage.class);
        assertThat(count("SELECT last_seq FROM conversations")).isEqualTo(2);
    }

    @Test
    void unread_counts_exclude_own_and_deleted_messages_and_read_never_moves_back() {
        Conversation c = direct(alice, bob);
        send(c.id(), alice, "1", null);
        Message two = send(c.id(), alice, "2", null).orElseThrow();
        send(c.id(), bob, "3", null);
        Message four = send(c.id(), alice, "4", null).orElseThrow();
        assertThat(conversations.unreadCount(c.id(), bob)).isEqualTo(3);
        assertThat(conversations.unreadCount(c.id(), alice)).isEqualTo(1);
        messages.tombstone(four.id(), NOW);
        assertThat(conversations.unreadCount(c.id(), bob)).isEqualTo(2);
        ReadReceipt read = conversations.markRead(c.id(), bob, two.seq()).orElseThrow();
        assertThat(read.lastReadSeq()).isEqualTo(2);
        assertThat(read.unreadCount()).isZero();
        assertThat(conversations.markRead(c.id(), bob, 1).orElseThrow().lastReadSeq()).isEqualTo(2);
        assertThat(conversations.markRead(c.id(), carol, 2)).isEmpty();
    }

    @Test
    void tombstone_removes_content_and_attachments_and_edit_sets_edited_at() {
        Conversation c = direct(alice, bob);
        Message m = send(c.id(), alice, "secret", null).orElseThrow();
        Message edited = messages.edit(m.id(), "fixed", NOW.plusSeconds(5));
        assertThat(edited.content()).contains("fixed");
        assertThat(edited.editedAt()).contains(NOW.plusSeconds(5));
        Message tomb = messages.tombstone(m.id(), NOW);
        assertThat(tomb.deleted()).isTrue();
        assertThat(tomb.content()).isEmpty();
        assertThat(tomb.attachments()).isEmpty();
        assertThat(count("SELECT count(*) FROM messages WHERE content LIKE '%secret%'")).isZero();
        assertThatThrownBy(() -> messages.edit(m.id(), "resurrect", NOW)).isInstanceOf(io.ensemble.shared.errors.NotFound.class);
        assertThat(messages.findById(m.id()).orElseThrow().content()).isEmpty();
    }

    @Test
    void history_and_catch_up_pages_by_seq() {
        Conversation c = direct(alice, bob);
        for (int i = 0; i < 5; i++) {
            send(c.id(), alice, "m" + i, null);
        }
        assertThat(messages.before(c.id(), 6, 2)).extracting(Message::seq).containsExactly(5L, 4L);
        assertThat(messages.before(c.id(), 4, 10)).extracting(Message::seq).containsExactly(3L, 2L, 1L);
        assertThat(messages.after(c.id(), 2, 10)).extracting(Message::seq).containsExactly(3L, 4L, 5L);
    }

    @Test
    void conversation_list_is_newest_activity_first_with_last_message_and_cursor_pages() {
        Conversation withBob = direct(alice, bob);
        Conversation withCarol = direct(alice, carol);
        transactions.inTransaction(() -> messages.append(new NewMessage(IDS.newId(), withBob.id(), bob, MessageType.TEXT,
                "latest", List.of(), Optional.empty(), NOW.plusSeconds(60))));
        Page<ConversationSummary> first = conversations.listForMember(alice, new PageRequest(1, Optional.empty()));
        assertThat(first.items()).hasSize(1);
        ConversationSummary top = first.items().get(0);
        assertThat(top.conversation().id()).isEqualTo(withBob.id());
        assertThat(top.lastMessage().orElseThrow().content()).contains("latest");
        assertThat(top.unreadCount()).isEqualTo(1);
        assertThat(top.members()).extracting(p -> p.name()).containsExactlyInAnyOrder("alice", "bob");
        Page<ConversationSummary> second = conversations.listForMember(alice, new PageRequest(1, first.nextCursor()));
        assertThat(second.items()).extracting(s -> s.conversation().id()).containsExactly(withCarol.id());
        assertThat(second.items().get(0).lastMessage()).isEmpty();
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void contacts_are_other_active_verified_users_matching_the_search_literally() {
        JdbiUserRepository users = new JdbiUserRepository(handles);
        user(users, "suspended", AccountStatus.SUSPENDED, true);
        user(users, "unverified", AccountStatus.ACTIVE, false);
        user(users, "50%_off", AccountStatus.ACTIVE, true);
        Set<String> names = new HashSet<>();
        contacts.search(alice, Optional.empty(), Optional.empty(), new PageRequest(100, Optional.empty()))
                .items().forEach(c -> names.add(c.name()));
        assertThat(names).containsExactlyInAnyOrder("bob", "carol", "50%_off");
        assertThat(contacts.search(alice, Optional.of("%"), Optional.empty(), new PageRequest(10, Optional.empty()))
                .items()).extracting(c -> c.name()).containsExactly("50%_off");
        assertThat(contacts.search(alice, Optional.of("BO"), Optional.of(Role.INFLUENCER),
                new PageRequest(10, Optional.empty())).items()).extracting(c -> c.name()).containsExactly("bob");
        assertThat(contacts.findReachable(alice)).isPresent();
    }
}
