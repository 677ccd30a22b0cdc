package io.ensemble.persistence.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.identity.Role;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.social.AccountLink;
import io.ensemble.social.LinkMethod;
import io.ensemble.social.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The manual-sync limit against real PostgreSQL (issue 6 §2: 3 per hour per account). */
class JdbiSyncAttemptsTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private final JdbiSyncAttempts attempts = new JdbiSyncAttempts(handles);

    private static UUID account() {
        UUID user = JdbiSocialAccountRepositoryTest.user(Role.INFLUENCER);
        return new JdbiSocialAccountRepository(handles).link(new AccountLink(UUID.randomUUID(), user, Platform.INSTAGRAM,
                JdbiSocialAccountRepositoryTest.profile(UUID.randomUUID().toString(), "ada"), LinkMethod.SCRAPE, NOW))
                .orElseThrow().id();
    }

    @Test
    void allows_three_per_hour_then_names_when_the_oldest_leaves_the_window() {
        UUID id = account();
        assertThat(attempts.tryRecord(id, NOW, HOUR, 3)).isEmpty();
        assertThat(attempts.tryRecord(id, NOW.plusSeconds(600), HOUR, 3)).isEmpty();
        assertThat(attempts.tryRecord(id, NOW.plusSeconds(1200), HOUR, 3)).isEmpty();

        assertThat(attempts.tryRecord(id, NOW.plusSeconds(1800), HOUR, 3)).contains(NOW.plus(HOUR));
        assertThat(attempts.tryRecord(id, NOW.plus(HOUR).plusSeconds(1), HOUR, 3)).isEmpty();
        assertThat(attempts.tryRecord(account(), NOW.plusSeconds(1800), HOUR, 3)).as("other account").isEmpty();
        assertThat(count("SELECT count(*) FROM scraped_sync_attempts WHERE account_id = '" + id + "'")).isEqualTo(3);
    }

    @Test
    void racing_attempts_never_exceed_the_limit() throws Exception {
        UUID id = account();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Instant>>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> attempts.tryRecord(id, NOW, HOUR, 3));
            }
            long recorded = 0;
            for (Future<Optional<Instant>> f : pool.invokeAll(tasks)) {
                recorded += f.get().isEmpty() ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
