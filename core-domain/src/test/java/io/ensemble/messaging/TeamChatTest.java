package io.ensemble.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.messaging.fakes.InMemoryChat;
import io.ensemble.messaging.fakes.RecordingRealtimeBus;
import io.ensemble.messaging.fakes.TrackingTransactions;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TeamChat} against in-memory ports: one room, membership reconciled on use, roles checked. */
class TeamChatTest {
    private InMemoryChat store;
    private TeamChat team;
    private final Set<UUID> activeStaff = new HashSet<>();
    private final Set<UUID> members = new HashSet<>();
    private UUID room;

    @BeforeEach
    void setUp() {
        store = new InMemoryChat(new io.ensemble.notifications.InMemoryOutbox());
        TrackingTransactions transactions = new TrackingTransactions();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        MessagingService chat = new MessagingService(store, store, store, (a, b) -> true,
                new RecordingRealtimeBus(transactions::open), id -> Set.of(), transactions, new SequentialIdGenerator(),
                clock, new MessagingSettings(false));
        team = new TeamChat(new FakeRooms(), chat, new SequentialIdGenerator(), clock);
    }

    private Caller staff(String name, Role role) {
        UUID id = store.addUser(name, true);
        activeStaff.add(id);
        return new Caller(id, role, UUID.randomUUID());
    }

    @Test
    void members_and_admins_share_one_room_and_read_each_others_messages() {
        Caller member = staff("Mia", Role.MEMBER);
        Caller admin = staff("Ada", Role.ADMIN);
        UUID first = team.room(member).id();
        assertThat(team.room(admin).id()).isEqualTo(first);

        Message sent = team.send(member, SendMessageCommand.of(null, "hello", null, null)).message();
        assertThat(sent.conversationId()).isEqualTo(first);
        assertThat(team.messages(admin, Optional.empty(), 10).items()).extracting(Message::id).containsExactly(sent.id());
    }

    @Test
    void the_reconcile_adds_new_staff_and_drops_deactivated_ones() {
        Caller member = staff("Mia", Role.MEMBER);
        Caller later = staff("Leo", Role.MEMBER);
        TeamChat.Room r = team.room(member);
        assertThat(r.sync().joined()).contains(member.userId(), later.userId());
        activeStaff.remove(later.userId());
        assertThat(team.room(member).sync().left()).containsExactly(later.userId());
        assertThat(members).doesNotContain(later.userId());
    }

    @Test
    void a_member_added_after_the_room_exists_can_send_first() {
        Caller member = staff("Mia", Role.MEMBER);
        team.room(member);
        Caller newcomer = staff("Noa", Role.MEMBER);
        Message sent = team.send(newcomer, SendMessageCommand.of(null, "hi all", null, null)).message();
        assertThat(sent.senderId()).isEqualTo(newcomer.userId());
        assertThat(members).contains(newcomer.userId());
    }

    @Test
    void other_roles_are_forbidden() {
        Caller brand = new Caller(store.addUser("Brand", true), Role.BRAND, UUID.randomUUID());
        assertThatThrownBy(() -> team.room(brand)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> team.send(brand, SendMessageCommand.of(null, "x", null, null)))
                .isInstanceOf(Forbidden.class);
        assertThat(room).isNull();
    }

    /** The room and its reconcile over the in-memory store: "active MEMBER/ADMIN" is {@link #activeStaff}. */
    private final class FakeRooms implements TeamRoomRepository {
        @Override
        public UUID ensure(Conversation candidate) {
            if (room == null) {
                store.createGroup(candidate);
                room = candidate.id();
            }
            return room;
        }

        @Override
        public Sync sync(UUID roomId, Instant at) {
            List<UUID> joined = new ArrayList<>();
            List<UUID> left = new ArrayList<>();
            for (UUID id : activeStaff) {
                if (members.add(id)) {
                    store.addMember(roomId, id, at);
                    joined.add(id);
                }
            }
            for (UUID id : Set.copyOf(members)) {
                if (!activeStaff.contains(id)) {
                    members.remove(id);
                    store.removeMember(roomId, id);
                    left.add(id);
                }
            }
            return new Sync(joined, left);
        }
    }
}
