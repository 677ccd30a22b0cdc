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
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import io.ensemble.integrations.realtime.RedisPresence;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §4 presence across nodes: two nodes on the real Redis ({@code realtime.bus: redis}, a
 * prefix unique to this run, a 3 s presence TTL). Alice's socket is on node 1, Bob's on node 2.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PresenceAcrossNodesTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    private static final Duration TTL = Duration.ofSeconds(3);
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> NODE1 = node();
    static final DropwizardAppExtension<EnsembleConfiguration> NODE2 = node();

    private static DropwizardAppExtension<EnsembleConfiguration> node() {
        return EnsembleTestApp.app(SMTP, ConfigOverride.config("realtime.bus", "redis"),
                ConfigOverride.config("realtime.channelPrefix", PREFIX),
                ConfigOverride.config("realtime.presenceTtl", TTL.toSeconds() + " seconds"),
                ConfigOverride.config("redisUrl", "redis://127.0.0.1:6379"));
    }

    private record Pair(Accounts.Session alice, Accounts.Session bob, String conversation) {
    }

    private Pair pair(String name) {
        Api api1 = new Api(NODE1.getLocalPort());
        Accounts accounts = new Accounts(api1, new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession(name + "-alice");
        Accounts.Session bob = accounts.verifiedSession(name + "-bob");
        String conversation = api1.get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken())
                .data().path("id").asText();
        return new Pair(alice, bob, conversation);
    }

    @Test
    void online_and_offline_reach_a_partner_on_the_other_node_once() {
        Pair p = pair("presence");
        try (WsClient aliceOn1 = WsClient.connected(NODE1.getLocalPort(), p.alice().accessToken())) {
            WsClient bobOn2 = WsClient.connected(NODE2.getLocalPort(), p.bob().accessToken());
            aliceOn1.await("user_online", f -> isBob(f, p));

            WsClient bobAlsoOn1 = WsClient.connected(NODE1.getLocalPort(), p.bob().accessToken());
            assertThat(aliceOn1.receives("user_online", f -> isBob(f, p), Duration.ofSeconds(1)))
                    .as("already online on node 2").isFalse();

            bobOn2.close();
            assertThat(aliceOn1.receives("user_offline", f -> isBob(f, p), Duration.ofSeconds(2)))
                    .as("still connected on node 1").isFalse();

            bobAlsoOn1.close();
            aliceOn1.await("user_offline", f -> isBob(f, p));
        }
    }

    @Test
    void a_member_online_on_another_node_gets_no_offline_message_notification() throws Exception {
        Api api1 = new Api(NODE1.getLocalPort());
        Accounts accounts = new Accounts(api1, new Inbox(MAIL));
        Accounts.Session bob = accounts.verifiedSession("online-bob");
        UUID bobId = UUID.fromString(bob.userId());
        // Either node may relay a message's outbox event; five senders make five independent chances
        // for node 1 (where Bob has no socket) to relay one.
        try (WsClient bobOn2 = WsClient.connected(NODE2.getLocalPort(), bob.accessToken())) {
            for (int i = 0; i < 5; i++) {
                Accounts.Session sender = accounts.verifiedSession("online-sender" + i);
                String conversation = api1.get("/api/v1/chat/conversations/" + bob.userId(), sender.accessToken())
                        .data().path("id").asText();
                Reply sent = api1.post("/api/v1/chat/conversations/" + conversation + "/messages",
                        Map.of("content", "hi " + i), sender.accessToken());
                assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
                long relayed = i + 1;
                eventually(() -> Sql.count("SELECT count(*) FROM outbox WHERE type = 'message_stored'"
                        + " AND recipient_id = ? AND published_at IS NOT NULL", bobId) == relayed, "relayed");
            }
            assertThat(bobOn2.isOpen()).isTrue();
        }
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", bobId)).isZero();

        Accounts.Session late = accounts.verifiedSession("online-late");
        String conversation = api1.get("/api/v1/chat/conversations/" + bob.userId(), late.accessToken())
                .data().path("id").asText();
        eventually(() -> presenceEntries(bobId) == 0, "Bob offline everywhere");
        api1.post("/api/v1/chat/conversations/" + conversation + "/messages", Map.of("content", "now"),
                late.accessToken());
        eventually(() -> Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'NEW_MESSAGE'",
                bobId) == 1, "the offline member is notified");
    }

    @Test
    void a_dead_nodes_users_go_offline_after_the_ttl() {
        Pair p = pair("dead-node");
        RedisPresence deadNode = new RedisPresence("redis://127.0.0.1:6379", PREFIX, TTL);
        try (WsClient aliceOn1 = WsClient.connected(NODE1.getLocalPort(), p.alice().accessToken())) {
            deadNode.start(java.util.Set::of, id -> { });
            assertThat(deadNode.nodeOnline(UUID.fromString(p.bob().userId()))).isTrue();
            deadNode.close(); // a node that dies: no heartbeat, no goodbye

            assertThat(aliceOn1.receives("user_offline", f -> isBob(f, p), TTL.plus(Duration.ofSeconds(10))))
                    .as("swept by a live node after the TTL").isTrue();
        }
    }

    private static boolean isBob(com.fasterxml.jackson.databind.JsonNode frame, Pair p) {
        return frame.path("data").path("userId").asText().equals(p.bob().userId());
    }

    /** @return how many nodes hold an entry for {@code userId} in Redis */
    private static long presenceEntries(UUID userId) {
        var client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:6379");
        try (var redis = client.connect()) {
            return redis.sync().zcard(PREFIX + "presence:user:" + userId);
        } finally {
            client.shutdown();
        }
    }

    private static void eventually(BooleanSupplier condition, String what) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
