package io.ensemble.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Meter;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.RedisServer;
import io.ensemble.app.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §4 "Redis unreachable → fall back to per-node buckets (logged, counted), never refuse
 * every request": a node sharing its buckets in a private redis-server that the test kills.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SharedRateLimitOutageTest {
    private static final RedisServer REDIS = RedisServer.start();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("rateLimits.store", "redis"),
            ConfigOverride.config("redisUrl", REDIS.url()),
            ConfigOverride.config("rateLimits.authPer15Min", "5"));

    @AfterAll
    static void stopRedis() throws Exception {
        REDIS.close();
    }

    @Test
    void requests_pass_on_per_node_buckets_while_redis_is_down_and_each_fallback_is_counted() throws Exception {
        Api api = new Api(NODE.getLocalPort());
        Meter fallbacks = NODE.getEnvironment().metrics().meter("ratelimit.redis-fallbacks");
        String email = Accounts.uniqueEmail("outage-brute");
        assertThat(login(api, email).status()).isEqualTo(401);
        assertThat(fallbacks.getCount()).isZero();

        REDIS.down();
        for (int i = 0; i < 5; i++) {
            Reply during = login(api, email);
            assertThat(during.status()).as(during.toString()).isEqualTo(401);
        }
        assertThat(fallbacks.getCount()).isEqualTo(5);
        Reply limited = login(api, email);
        assertThat(limited.status()).as("the node's own bucket still limits").isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(fallbacks.getCount()).isEqualTo(6);
    }

    private static Reply login(Api api, String email) {
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong123!x"));
    }
}
