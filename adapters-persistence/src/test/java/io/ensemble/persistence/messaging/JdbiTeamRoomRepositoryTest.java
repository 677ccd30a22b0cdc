package io.ensemble.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.messaging.Conversation;
import io.ensemble.messaging.ConversationType;
import io.ensemble.messaging.TeamRoomRepository;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.identity.JdbiUserRepository;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agency team room (issue 22 §1) against real PostgreSQL: one room under concurrency, membership reconciled. */
class JdbiTeamRoomRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final UuidV7Generator IDS = new UuidV7Generator(Clock.systemUTC());

    private JdbiTeamRoomRepository rooms;
    private JdbiUserRepository users;

    @BeforeEach
    void setUp() {
        rooms = new JdbiTeamRoomRepository(handles);
        users = new JdbiUserRepository(handles);
    }

    private UUID user(Role role, AccountStatus status) {
        UUID id = IDS.newId();
        users.create(new User(id, "team-" + id + "@example.com", "Team " + role, role, status, true, "x", NOW, NOW));
        return id;
    }

    private Conversation candidate(UUID owner) {
        return new Conversation(IDS.newId(), ConversationType.GROUP, Optional.of("Team"), Optional.of(owner),
                Optional.of(TeamRoomRepository.SUBJECT), Optional.empty(), 0, NOW, NOW);
    }

    private List<UUID> members(UUID room) {
        return handles.with(h -> h.createQuery("SELECT user_id FROM conversation_members WHERE conversation_id = :id")
                .bind("id", room).mapTo(UUID.class).list());
    }

    @Test
    void concurrent_first_uses_converge_on_one_room() throws Exception {
        UUID owner = user(Role.ADMIN, AccountStatus.ACTIVE);
        List<UUID> ids = Concurrently.run(8, () -> rooms.ensure(candidate(owner)));
        assertThat(new HashSet<>(ids)).hasSize(1);
        long count = handles.with(h -> h.createQuery("SELECT count(*) FROM conversations WHERE subject_type = 'AGENCY'")
                .mapTo(Long.class).one());
        assertThat(count).isEqualTo(1L);
    }

    @Test
    void the_reconcile_keeps_exactly_the_active_members_and_admins() {
        UUID admin = user(Role.ADMIN, AccountStatus.ACTIVE);
        UUID member = user(Role.MEMBER, AccountStatus.ACTIVE);
        UUID suspended = user(Role.MEMBER, AccountStatus.SUSPENDED);
        UUID brand = user(Role.BRAND, AccountStatus.ACTIVE);
        UUID room = rooms.ensure(candidate(admin));

        TeamRoomRepository.Sync first = rooms.sync(room, NOW);
        assertThat(first.joined()).contains(admin, member).doesNotContain(suspended, brand);
        assertThat(members(room)).contains(admin, member).doesNotContain(suspended, brand);

        handles.use(h -> h.createUpdate("UPDATE users SET status = 'SUSPENDED' WHERE id = :id").bind("id", member).execute());
        handles.use(h -> h.createUpdate("UPDATE users SET status = 'ACTIVE' WHERE id = :id").bind("id", suspended).execute());
        TeamRoomRepository.Sync second = rooms.sync(room, NOW);
        assertThat(second.left()).containsExactly(member);
        assertThat(second.joined()).containsExactly(suspended);
        assertThat(rooms.sync(room, NOW).joined()).isEmpty();
    }
}
