package io.ensemble.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.ensemble.app.support.RedisServer;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 4 §4 "Redis being down must not stop REST sends (they are stored; real-time delivery resumes
 * when Redis returns; clients catch up by seq)": two nodes on a private redis-server that the test
 * kills and starts again.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RealtimeRedisOutageTest {
    private static final RedisServer REDIS = RedisServer.start();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE1 = node();
    static final DropwizardAppExtension<EnsembleConfiguration> NODE2 = node();

    private static DropwizardAppExtension<EnsembleConfiguration> node() {
        return EnsembleTestApp.app(SMTP, ConfigOverride.config("realtime.bus", "redis"),
                ConfigOverride.config("redisUrl", REDIS.url()));
    }

    @AfterAll
    static void stopRedis() throws Exception {
        REDIS.close();
    }

    @Test
    void sends_are_stored_while_redis_is_down_and_live_delivery_resumes_when_it_returns() throws Exception {
        Api api1 = new Api(NODE1.getLocalPort());
        Api api2 = new Api(NODE2.getLocalPort());
        Accounts accounts = new Accounts(api1, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("outage-alice");
        Accounts.Session bob = accounts.verifiedSession("outage-bob");
        String conversation = api1.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken())
                .data().path("id").asText();
        String messages = "/api/v1/chat/conversations/" + conversation + "/messages";

        try (WsClient aliceOn1 = WsClient.connected(NODE1.getLocalPort(), alice.accessToken())) {
            aliceOn1.request("join_conversation", Map.of("conversationId", conversation));
            assertThat(send(api2, messages, bob, "before").path("seq").asLong()).isEqualTo(1);
            aliceOn1.await("message_sent", f -> f.path("data").path("seq").asLong() == 1);

            REDIS.down();
            JsonNode during = send(api2, messages, bob, "during the outage");
            assertThat(during.path("seq").asLong()).isEqualTo(2);
            assertThat(aliceOn1.receives("message_sent", f -> f.path("data").path("seq").asLong() == 2,
                    Duration.ofSeconds(2))).isFalse();

            REDIS.up();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long seq = 2;
            boolean delivered = false;
            while (!delivered && System.nanoTime() < deadline) {
                long next = ++seq;
                assertThat(send(api2, messages, bob, "after " + next).path("seq").asLong()).isEqualTo(next);
                delivered = aliceOn1.receives("message_sent", f -> f.path("data").path("seq").asLong() == next,
                        Duration.ofSeconds(2));
            }
            assertThat(delivered).as("live delivery resumed within 30 s of Redis returning").isTrue();

            Reply caughtUp = api1.get(messages + "?afterSeq=1", alice.accessToken());
            assertThat(caughtUp.data().path("items").findValuesAsText("content"))
                    .startsWith("during the outage").hasSize((int) seq - 1);
        }
    }

    private static JsonNode send(Api api, String path, Accounts.Session from, String content) {
        Reply r = api.post(path, Map.of("content", content), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }
}
