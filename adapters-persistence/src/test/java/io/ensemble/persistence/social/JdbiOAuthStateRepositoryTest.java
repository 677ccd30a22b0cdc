package io.ensemble.persistence.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Role;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.social.OAuthState;
import io.ensemble.social.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Single-use expiring OAuth states against real PostgreSQL (issue 6 §1). */
class JdbiOAuthStateRepositoryTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private final JdbiOAuthStateRepository states = new JdbiOAuthStateRepository(handles);

    private OAuthState saved(String hash, Instant expiresAt) {
        OAuthState s = new OAuthState(hash, JdbiSocialAccountRepositoryTest.user(Role.INFLUENCER), Platform.TIKTOK,
                new byte[] {1, 2, 3}, expiresAt, NOW);
        states.save(s);
        return s;
    }

    @Test
    void a_state_is_consumed_once() {
        OAuthState s = saved("h1", NOW.plusSeconds(600));
        Optional<OAuthState> first = states.consume("h1", Platform.TIKTOK, NOW.plusSeconds(5));
        assertThat(first).isPresent();
        assertThat(first.get().userId()).isEqualTo(s.userId());
        assertThat(first.get().codeVerifier()).containsExactly(1, 2, 3);
        assertThat(states.consume("h1", Platform.TIKTOK, NOW.plusSeconds(6))).isEmpty();
    }

    @Test
    void expired_unknown_and_other_platform_states_are_not_consumed() {
        saved("h2", NOW.plusSeconds(600));
        assertThat(states.consume("h2", Platform.TIKTOK, NOW.plusSeconds(600))).isEmpty();
        assertThat(states.consume("nope", Platform.TIKTOK, NOW)).isEmpty();
        saved("h3", NOW.plusSeconds(600));
        assertThat(states.consume("h3", Platform.YOUTUBE, NOW)).isEmpty();
        assertThat(states.consume("h3", Platform.TIKTOK, NOW)).isPresent();
    }

    @Test
    void concurrent_consumers_of_one_state_get_it_at_most_once() throws Exception {
        saved("h4", NOW.plusSeconds(600));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> consume = () -> states.consume("h4", Platform.TIKTOK, NOW).isPresent();
            long got = 0;
            for (Future<Boolean> f : pool.invokeAll(List.of(consume, consume, consume, consume))) {
                got += f.get() ? 1 : 0;
            }
            assertThat(got).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void delete_expired_removes_only_expired_states() {
        saved("old", NOW.minusSeconds(1));
        saved("live", NOW.plusSeconds(600));
        assertThat(states.deleteExpired(NOW)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM oauth_states")).isEqualTo(1);
    }
}
