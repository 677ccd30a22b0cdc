package io.ensemble.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.RedisServer;
import io.ensemble.app.support.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end, issue 29 §5: with the realtime bus on a private Redis, {@code /ready} answers 503 naming
 * {@code redis} while it is stopped and 200 again once it is back; the admin health checks report Redis and
 * the media store.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReadinessTest {
    private static final RedisServer REDIS = RedisServer.start();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("realtime.bus", "redis"), ConfigOverride.config("redisUrl", REDIS.url()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void stopRedis() throws Exception {
        REDIS.close();
    }

    private JsonNode healthChecks() throws Exception {
        HttpResponse<String> r = new Api(APP.getLocalPort()).client().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static Reply awaitReady(Api api, Predicate<Reply> test) {
        return org.awaitility.Awaitility.await("/ready").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> api.get("/ready"), test::test);
    }

    @Test
    void ready_is_503_naming_redis_while_it_is_down_and_200_when_it_is_back() throws Exception {
        Api api = new Api(APP.getLocalPort());
        assertThat(api.get("/ready").status()).isEqualTo(200);
        JsonNode checks = healthChecks();
        assertThat(checks.path("redis").path("healthy").asBoolean()).isTrue();
        assertThat(checks.path("media-store").path("healthy").asBoolean()).isTrue();

        REDIS.down();
        try {
            Reply down = awaitReady(api, r -> r.status() == 503);
            assertThat(down.json().path("status").asText()).isEqualTo("unavailable");
            assertThat(down.json().path("unavailable")).extracting(JsonNode::asText).containsExactly("redis");
            assertThat(healthChecks().path("redis").path("healthy").asBoolean()).isFalse();
            assertThat(api.get("/health").status()).as("liveness only asks the database").isEqualTo(200);
        } finally {
            REDIS.up();
        }
        Reply back = awaitReady(api, r -> r.status() == 200);
        assertThat(back.json().path("status").asText()).isEqualTo("ok");
    }
}
