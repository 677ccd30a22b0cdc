package io.ensemble.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients refreshing at once over HTTP (issue 29 §8): two parallel {@code POST /api/v1/auth/refresh}
 * with the same token both succeed with the same refresh token; after the reuse grace (shortened
 * to 1 s here) the same token is refused with {@code REFRESH_TOKEN_REUSED} and the session ends.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RefreshReuseGraceTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP =
            EnsembleTestApp.app(SMTP, ConfigOverride.config("auth.refreshReuseGrace", "1 second"));

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void two_parallel_refreshes_with_the_same_token_both_get_the_same_refresh_token() throws Exception {
        Accounts.Session s = accounts.verifiedSession("tabs");
        String token = s.refreshToken();
        for (int round = 0; round < 5; round++) {
            List<Reply> replies = refreshTogether(token);

            assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
            String successor = replies.get(0).data().path("refreshToken").asText();
            assertThat(successor).isNotBlank().isNotEqualTo(token);
            assertThat(replies.get(1).data().path("refreshToken").asText()).isEqualTo(successor);
            assertThat(replies.get(1).data().path("accessToken").asText())
                    .isEqualTo(replies.get(0).data().path("accessToken").asText());
            for (Reply r : replies) {
                Reply me = api.get("/api/v1/auth/me", r.data().path("accessToken").asText());
                assertThat(me.status()).isEqualTo(200);
                assertThat(me.data().path("id").asText()).isEqualTo(s.userId());
            }
            token = successor;
        }
        Reply next = api.post("/api/v1/auth/refresh", Map.of("refreshToken", token));
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.data().path("refreshToken").asText()).isNotEqualTo(token);
    }

    @Test
    void reuse_after_the_grace_is_refused_and_revokes_the_session() throws Exception {
        Accounts.Session s = accounts.verifiedSession("late");
        Reply first = api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));
        assertThat(first.status()).isEqualTo(200);
        String successor = first.data().path("refreshToken").asText();
        String successorAccess = first.data().path("accessToken").asText();

        Thread.sleep(1_500);
        Reply late = api.post("/api/v1/auth/refresh", Map.of("refreshToken", s.refreshToken()));

        assertThat(late.status()).isEqualTo(401);
        assertThat(late.code()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(api.get("/api/v1/auth/me", successorAccess).status()).isEqualTo(401);
        Reply successorAfter = api.post("/api/v1/auth/refresh", Map.of("refreshToken", successor));
        assertThat(successorAfter.status()).isEqualTo(401);
        assertThat(successorAfter.code()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    private List<Reply> refreshTogether(String token) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Reply>> calls = List.of(
                CompletableFuture.supplyAsync(() -> afterGate(ready, go, token), pool),
                CompletableFuture.supplyAsync(() -> afterGate(ready, go, token), pool));
        ready.await(10, TimeUnit.SECONDS);
        go.countDown();
        return List.of(calls.get(0).get(30, TimeUnit.SECONDS), calls.get(1).get(30, TimeUnit.SECONDS));
    }

    private Reply afterGate(CountDownLatch ready, CountDownLatch go, String token) {
        ready.countDown();
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", token));
    }
}
