package io.ensemble.persistence.identity;

import static io.ensemble.persistence.identity.Fixtures.NOW;
import static io.ensemble.persistence.identity.Fixtures.session;
import static io.ensemble.persistence.identity.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Caller;
import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.Session;
import io.ensemble.identity.User;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiSessionRepositoryTest extends DatabaseTestBase {
    private final JdbiSessionRepository sessions = new JdbiSessionRepository(handles);
    private final JdbiUserRepository users = new JdbiUserRepository(handles);
    private User ada;
    private User bob;

    @BeforeEach
    void createUsers() {
        ada = Fixtures.user("ada@example.com", Role.HOST, AccountStatus.ACTIVE);
        bob = Fixtures.user("bob@example.com");
        users.create(ada);
        users.create(bob);
    }

    @Test
    void created_session_is_found_with_every_field() {
        Session session = session(ada.id());

        sessions.createSession(session);

        assertThat(sessions.findSession(session.id())).contains(session);
        assertThat(sessions.findSession(Fixtures.newId())).isEmpty();
    }

    @Test
    void created_refresh_token_is_found_by_hash_with_every_field() {
        Session session = session(ada.id());
        sessions.createSession(session);
        RefreshToken token = token(session.id(), "token-hash");

        sessions.createRefreshToken(token);

        assertThat(sessions.findRefreshTokenByHash("token-hash")).contains(token);
        assertThat(sessions.findRefreshTokenByHash("other")).isEmpty();
    }

    @Test
    void mark_rotated_succeeds_once_and_records_the_time() {
        Session session = session(ada.id());
        sessions.createSession(session);
        RefreshToken token = token(session.id(), "token-hash");
        sessions.createRefreshToken(token);
        Instant later = NOW.plus(Duration.ofMinutes(5));

        assertThat(sessions.markRotated(token.id(), later)).isTrue();
        assertThat(sessions.markRotated(token.id(), later.plusSeconds(1))).isFalse();
        assertThat(sessions.findRefreshTokenByHash("token-hash").orElseThrow().rotatedAt()).contains(later);
    }

    @Test
    void mark_rotated_wins_exactly_once_under_concurrency() throws Exception {
        Session session = session(ada.id());
        sessions.createSession(session);
        RefreshToken token = token(session.id(), "token-hash");
        sessions.createRefreshToken(token);

        List<Boolean> results = Concurrently.run(10, () -> sessions.markRotated(token.id(), NOW));

        assertThat(results).containsOnlyOnce(true);
    }

    @Test
    void mark_rotated_of_unknown_token_is_false() {
        assertThat(sessions.markRotated(Fixtures.newId(), NOW)).isFalse();
    }

    @Test
    void revoke_session_keeps_the_first_revocation_time_and_spares_other_sessions() {
        Session first = session(ada.id());
        Session second = session(ada.id());
        sessions.createSession(first);
        sessions.createSession(second);
        Instant later = NOW.plus(Duration.ofHours(1));

        sessions.revokeSession(first.id(), NOW);
        sessions.revokeSession(first.id(), later);

        assertThat(sessions.findSession(first.id()).orElseThrow().revokedAt()).contains(NOW);
        assertThat(sessions.findSession(second.id()).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void revoke_all_sessions_revokes_only_that_users_sessions() {
        Session a1 = session(ada.id());
        Session a2 = session(ada.id());
        Session b1 = session(bob.id());
        List.of(a1, a2, b1).forEach(sessions::createSession);
        sessions.revokeSession(a2.id(), NOW);
        Instant later = NOW.plus(Duration.ofHours(1));

        sessions.revokeAllSessions(ada.id(), later);

        assertThat(sessions.findSession(a1.id()).orElseThrow().revokedAt()).contains(later);
        assertThat(sessions.findSession(a2.id()).orElseThrow().revokedAt()).contains(NOW);
        assertThat(sessions.findSession(b1.id()).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void active_caller_carries_the_role_stored_on_the_account() {
        Session session = session(ada.id());
        sessions.createSession(session);

        assertThat(sessions.findActiveCaller(ada.id(), session.id()))
                .contains(new Caller(ada.id(), Role.HOST, session.id()));
    }

    @Test
    void active_caller_sees_a_role_change_on_the_next_read() {
        Session session = session(ada.id());
        sessions.createSession(session);

        handles.use(h -> h.createUpdate("UPDATE users SET role = 'ADMIN' WHERE id = :id").bind("id", ada.id()).execute());

        assertThat(sessions.findActiveCaller(ada.id(), session.id()).map(Caller::role)).contains(Role.ADMIN);
    }

    @Test
    void active_caller_is_empty_for_a_suspended_user() {
        User suspended = Fixtures.user("sus@example.com", Role.CREATOR, AccountStatus.SUSPENDED);
        users.create(suspended);
        Session session = session(suspended.id());
        sessions.createSession(session);

        assertThat(sessions.findActiveCaller(suspended.id(), session.id())).isEmpty();
    }

    @Test
    void active_caller_is_empty_for_a_revoked_session() {
        Session session = session(ada.id());
        sessions.createSession(session);
        sessions.revokeSession(session.id(), NOW);

        assertThat(sessions.findActiveCaller(ada.id(), session.id())).isEmpty();
    }

    @Test
    void active_caller_is_empty_for_someone_elses_session() {
        Session bobs = session(bob.id());
        sessions.createSession(bobs);

        assertThat(sessions.findActiveCaller(ada.id(), bobs.id())).isEmpty();
    }

    @Test
    void active_caller_is_empty_for_unknown_user_or_session() {
        Session session = session(ada.id());
        sessions.createSession(session);

        assertThat(sessions.findActiveCaller(Fixtures.newId(), session.id())).isEmpty();
        assertThat(sessions.findActiveCaller(ada.id(), Fixtures.newId())).isEmpty();
    }

    @Test
    void sessions_and_tokens_are_deleted_with_their_user() {
        Session session = session(ada.id());
        sessions.createSession(session);
        sessions.createRefreshToken(token(session.id(), "token-hash"));

        handles.use(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", ada.id()).execute());

        assertThat(count("SELECT count(*) FROM sessions")).isZero();
        assertThat(count("SELECT count(*) FROM refresh_tokens")).isZero();
    }
}
