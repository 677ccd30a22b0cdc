package io.ensemble.app.cluster;

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
import io.ensemble.app.support.Reply;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §4 "5 auth requests per 15 min means 5 across the cluster": two nodes on the real Redis
 * at 127.0.0.1:6379 ({@code realtime.bus: redis}, so {@code rateLimits.store: auto} shares the
 * buckets there) under a key prefix unique to this run.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SharedRateLimitTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE1 = node();
    static final DropwizardAppExtension<EnsembleConfiguration> NODE2 = node();

    private static DropwizardAppExtension<EnsembleConfiguration> node() {
        return EnsembleTestApp.app(SMTP, ConfigOverride.config("realtime.bus", "redis"),
                ConfigOverride.config("realtime.channelPrefix", PREFIX),
                ConfigOverride.config("redisUrl", "redis://127.0.0.1:6379"),
                ConfigOverride.config("rateLimits.authPer15Min", "5"));
    }

    @Test
    void five_login_attempts_are_shared_by_both_nodes() {
        Api node1 = new Api(NODE1.getLocalPort());
        Api node2 = new Api(NODE2.getLocalPort());
        String email = Accounts.uniqueEmail("cluster-brute");
        for (int i = 0; i < 3; i++) {
            assertThat(login(node1, email).status()).isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(login(node2, email).status()).isEqualTo(401);
        }

        for (Api either : new Api[] {node1, node2}) {
            Reply limited = login(either, email);
            assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
            assertThat(limited.code()).isEqualTo("RATE_LIMITED");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        }
        assertThat(login(node2, Accounts.uniqueEmail("cluster-other")).status()).isEqualTo(401);
    }

    @Test
    void buckets_are_stored_in_redis_under_the_prefix_with_an_expiry() throws Exception {
        String email = Accounts.uniqueEmail("cluster-ttl");
        assertThat(login(new Api(NODE1.getLocalPort()), email).status()).isEqualTo(401);

        var client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:6379");
        try (var redis = client.connect()) {
            var keys = redis.sync().keys(PREFIX + "ratelimit:auth:*" + email);
            assertThat(keys).hasSize(1);
            long ttl = redis.sync().pttl(keys.get(0));
            assertThat(ttl).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(16).toMillis());
        } finally {
            client.shutdown();
        }
    }

    private static Reply login(Api api, String email) {
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", "Wrong123!x"));
    }
}
