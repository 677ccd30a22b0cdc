package io.ensemble.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.audit.AuditService;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.identity.RefreshToken;
import io.ensemble.identity.Role;
import io.ensemble.identity.SecretDigest;
import io.ensemble.identity.Session;
import io.ensemble.identity.SessionService;
import io.ensemble.identity.TokenPair;
import io.ensemble.identity.User;
import io.ensemble.identity.fakes.FakeAccessTokens;
import io.ensemble.identity.fakes.PlainPasswordHasher;
import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.persistence.audit.JdbiAuditRepository;
import io.ensemble.shared.ids.UuidV7Generator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 29 §8 on real PostgreSQL: ten refreshes with the same token at the same instant all succeed
 * with the same successor (the losers of the rotation compare-and-set wait for the winner's commit
 * and then replay it within the reuse grace), one successor is stored and the session stays valid.
 */
class SessionRefreshRaceTest extends DatabaseTestBase {
    private final JdbiSessionRepository sessions = new JdbiSessionRepository(handles);
    private final JdbiUserRepository users = new JdbiUserRepository(handles);
    private final SecretDigest digest = new SecretDigest("race-test-key-of-at-least-32-bytes".getBytes(StandardCharsets.US_ASCII));
    private final Clock clock = Clock.fixed(Fixtures.NOW.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
    private final SessionService service = new SessionService(users, sessions, new PlainPasswordHasher(), new FakeAccessTokens(),
            digest, transactions, new UuidV7Generator(clock), clock, IdentitySettings.defaults(),
            new AuditService(new JdbiAuditRepository(handles), new UuidV7Generator(clock), clock));

    @Test
    void ten_concurrent_refreshes_with_one_token_all_get_the_same_successor() throws Exception {
        User ada = Fixtures.user("race@example.com", Role.HOST, AccountStatus.ACTIVE);
        users.create(ada);
        Session session = Fixtures.session(ada.id());
        sessions.createSession(session);
        String presented = digest.newToken();
        sessions.createRefreshToken(new RefreshToken(Fixtures.newId(), session.id(), digest.hash(presented),
                Fixtures.NOW, Fixtures.NOW.plus(Duration.ofDays(30)), Optional.empty()));

        List<TokenPair> pairs = Concurrently.run(10, () -> service.refresh(presented));

        assertThat(pairs).extracting(TokenPair::refreshToken).containsOnly(pairs.get(0).refreshToken());
        assertThat(pairs).extracting(TokenPair::accessToken).containsOnly(pairs.get(0).accessToken());
        assertThat(pairs.get(0).refreshToken()).isNotEqualTo(presented);
        assertThat(count("SELECT count(*) FROM refresh_tokens WHERE session_id = '" + session.id() + "'")).isEqualTo(2);
        assertThat(sessions.findSession(session.id()).orElseThrow().revokedAt()).isEmpty();
        assertThat(service.refresh(pairs.get(0).refreshToken()).refreshToken()).isNotEqualTo(pairs.get(0).refreshToken());
    }
}
