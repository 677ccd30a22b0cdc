package io.ensemble.app.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.ChildApp;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.NodeScript;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §7: two nodes (separate JVMs, {@link ChildApp}) on one database and the real Redis at
 * 127.0.0.1:6379 ({@code realtime.bus: redis}, a channel prefix unique to this run); 200 stock npm
 * socket.io-client connections (20 users × 10 sockets, ten direct conversations) on node 1; node 1
 * is killed with SIGKILL in the middle of a conversation. Every client opens a new connection to
 * node 2 (after a 2 s back-off, during which more messages are sent), catches up by seq over REST
 * and receives the messages sent after it rejoined live: each ends
 * with every seq 1..N of its conversation, and no seq with two different messages.
 */
class NodeKillFailoverTest {
    private static final int SMTP = FreePort.find();
    private static final String PREFIX = "ensemble-test-" + UUID.randomUUID() + ":";
    private static final int PAIRS = 10;
    private static final int SOCKETS_PER_USER = 10;
    private static final int BEFORE_KILL = 5;
    private static final int RIGHT_AFTER_KILL = 3;
    private static final int AFTER_REJOIN = 3;
    private static final int EXPECTED = BEFORE_KILL + RIGHT_AFTER_KILL + AFTER_REJOIN;
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);

    private record Pair(Accounts.Session a, Accounts.Session b, String conversationId) {
    }

    @Test
    void clients_of_a_killed_node_reconnect_to_the_other_and_catch_up_by_seq_with_nothing_lost() throws Exception {
        String[] overrides = {"mail.port=" + SMTP, "realtime.bus=redis", "realtime.channelPrefix=" + PREFIX,
            "redisUrl=redis://127.0.0.1:6379"};
        CompletableFuture<ChildApp> starting1 = CompletableFuture.supplyAsync(() -> ChildApp.start(overrides));
        CompletableFuture<ChildApp> starting2 = CompletableFuture.supplyAsync(() -> ChildApp.start(overrides));
        Path clientsFile = Files.createTempFile("ensemble-failover-clients", ".json");
        try (ChildApp node1 = starting1.join(); ChildApp node2 = starting2.join()) {
            Api api1 = new Api(node1.port());
            Api api2 = new Api(node2.port());
            List<Pair> pairs = pairs(new Accounts(api2, new Inbox(MAIL)), api2);
            Files.writeString(clientsFile, clientsJson(pairs));

            NodeScript.Running clients = NodeScript.start("failover.js", Integer.toString(node1.port()),
                    Integer.toString(node2.port()), clientsFile.toString(), Integer.toString(EXPECTED), "60000");
            clients.awaitLine("READY");
            sendRound(api1, pairs, "before the kill", BEFORE_KILL);
            node1.kill9();
            clients.awaitLine("DISCONNECTED");
            sendRound(api2, pairs, "right after the kill", RIGHT_AFTER_KILL);
            clients.awaitLine("REJOINED");
            sendRound(api2, pairs, "after the clients rejoined", AFTER_REJOIN);
            JsonNode r = clients.result();
            System.out.println("failover.js: " + r);

            assertThat(r.has("timeout")).as(r.toPrettyString()).isFalse();
            int sockets = PAIRS * 2 * SOCKETS_PER_USER;
            assertThat(r.path("total").asInt()).isEqualTo(sockets);
            assertThat(r.path("joinedOnNode1").asInt()).isEqualTo(sockets);
            assertThat(r.path("rejoinedOnNode2").asInt()).isEqualTo(sockets);
            assertThat(r.path("complete").asInt()).as(r.toPrettyString()).isEqualTo(sockets);
            assertThat(r.path("conflicts").asInt()).as(r.toPrettyString()).isZero();
            assertThat(r.path("liveOnNode1").asInt()).as("messages before the kill arrived live").isPositive();
            assertThat(r.path("caughtUpOverRest").asInt()).as("messages sent while reconnecting caught up by seq")
                    .isPositive();
            assertThat(r.path("clientsWithLiveOnNode2").asInt()).as("messages after the rejoin arrive live")
                    .isEqualTo(sockets);
            for (Pair p : pairs) {
                UUID conversation = UUID.fromString(p.conversationId());
                assertThat(Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ?", conversation))
                        .isEqualTo(EXPECTED);
                assertThat(Sql.count("SELECT count(DISTINCT seq) FROM messages WHERE conversation_id = ?",
                        conversation)).isEqualTo(EXPECTED);
            }
        } finally {
            Files.deleteIfExists(clientsFile);
        }
    }

    private static List<Pair> pairs(Accounts accounts, Api api) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            Accounts.Session a = accounts.verifiedSession("failover-a" + i);
            Accounts.Session b = accounts.verifiedSession("failover-b" + i);
            String conversation = api.get("/api/v1/chat/conversations/" + b.userId(), a.accessToken())
                    .data().path("id").asText();
            pairs.add(new Pair(a, b, conversation));
        }
        return pairs;
    }

    private static String clientsJson(List<Pair> pairs) throws Exception {
        List<Map<String, String>> clients = new ArrayList<>();
        for (Pair p : pairs) {
            for (Accounts.Session user : List.of(p.a(), p.b())) {
                for (int s = 0; s < SOCKETS_PER_USER; s++) {
                    clients.add(Map.of("token", user.accessToken(), "conversationId", p.conversationId()));
                }
            }
        }
        return new ObjectMapper().writeValueAsString(clients);
    }

    /** Sends {@code count} messages into every conversation, alternating senders; each must be stored. */
    private static void sendRound(Api api, List<Pair> pairs, String label, int count) {
        for (int i = 0; i < count; i++) {
            for (Pair p : pairs) {
                Accounts.Session sender = i % 2 == 0 ? p.a() : p.b();
                Reply sent = api.post("/api/v1/chat/conversations/" + p.conversationId() + "/messages",
                        Map.of("content", label + " " + i, "clientMessageId", label + "-" + i), sender.accessToken());
                assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            }
        }
    }
}
