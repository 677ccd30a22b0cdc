package io.ensemble.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.PostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 29 §7: PostgreSQL restarted while 16 clients send. The app runs on a private PostgreSQL
 * ({@link PostgresServer}) that the test stops for about two seconds and starts again on the same
 * port and data. Every send must either succeed (201) or get 503 {@code PROVIDER_UNAVAILABLE} (no
 * 500, no hang past the client's timeout); every acknowledged message is stored exactly once; and
 * the node, never restarted, stores sends again within 10 s of PostgreSQL being back.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PostgresRestartTest {
    private static final int CLIENTS = 16;
    private static final int USERS = 8;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PostgresServer PG = PostgresServer.start();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = new DropwizardAppExtension<>(
            EnsembleApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.url", PG.jdbcUrl()),
            ConfigOverride.config("database.user", PG.user()),
            ConfigOverride.config("database.password", ""),
            ConfigOverride.config("dataDirectory", () -> EnsembleTestApp.tempDir("ensemble-pg-restart").toString()),
            ConfigOverride.config("mail.port", Integer.toString(SMTP)));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterAll
    static void stopPostgres() {
        PG.close();
    }

    private record Sender(Accounts.Session session, String conversationId) {
    }

    @Test
    void sends_during_a_postgres_restart_succeed_or_get_503_and_acknowledged_ones_are_stored_once() throws Exception {
        List<Sender> senders = senders();
        Map<String, String> acked = new ConcurrentHashMap<>();
        Map<String, String> ackedAfterRestart = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            Sender sender = senders.get(t % senders.size());
            String prefix = "pg-" + t + "-";
            Thread thread = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String cid = prefix + i;
                    Outcome o = send(sender, cid);
                    switch (o.kind()) {
                        case STORED -> {
                            acked.put(cid, o.messageId());
                            if (restarted.get()) {
                                ackedAfterRestart.put(cid, o.messageId());
                            }
                        }
                        case UNAVAILABLE -> unavailable.incrementAndGet();
                        case OTHER -> violations.add(cid + ": " + o.detail());
                    }
                    pause(10);
                }
            }, "pg-restart-sender-" + t);
            thread.start();
            threads.add(thread);
        }

        awaitAcks(acked, 50);
        int ackedBeforeOutage = acked.size();
        PG.down();
        Thread.sleep(2_000);
        PG.up();
        restarted.set(true);
        boolean recovered = awaitStoredSend(senders.get(0));
        awaitAcks(ackedAfterRestart, 20);
        stop.set(true);
        for (Thread t : threads) {
            t.join(REQUEST_TIMEOUT.toMillis() + 5_000);
        }

        assertThat(threads).noneMatch(Thread::isAlive);
        assertThat(violations).as("answers other than 201 or 503 PROVIDER_UNAVAILABLE").isEmpty();
        assertThat(ackedBeforeOutage).isGreaterThanOrEqualTo(50);
        assertThat(unavailable.get()).as("sends answered 503 during the outage").isPositive();
        assertThat(recovered).as("a send stored within " + RECOVERY + " of PostgreSQL returning").isTrue();
        assertThat(ackedAfterRestart).hasSizeGreaterThanOrEqualTo(20);
        assertStoredOnce(acked, senders);
    }

    /** Eight verified users in four direct conversations; each is the sender of two of the 16 clients. */
    private List<Sender> senders() {
        Api api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        List<Sender> senders = new ArrayList<>();
        for (int u = 0; u < USERS; u += 2) {
            Accounts.Session a = accounts.verifiedSession("pg-a" + u);
            Accounts.Session b = accounts.verifiedSession("pg-b" + u);
            String conversation = api.get("/api/v1/chat/conversations/" + b.userId(), a.accessToken())
                    .data().path("id").asText();
            senders.add(new Sender(a, conversation));
            senders.add(new Sender(b, conversation));
        }
        return senders;
    }

    private void assertStoredOnce(Map<String, String> acked, List<Sender> senders) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG.jdbcUrl(), PG.user(), "")) {
            for (Map.Entry<String, String> e : acked.entrySet()) {
                List<String> ids = strings(c, "SELECT id::text FROM messages WHERE client_message_id = ?", e.getKey());
                assertThat(ids).as("messages stored for acknowledged %s", e.getKey()).containsExactly(e.getValue());
            }
            for (String conversation : senders.stream().map(Sender::conversationId).distinct().toList()) {
                UUID id = UUID.fromString(conversation);
                long stored = count(c, "SELECT count(*) FROM messages WHERE conversation_id = ?", id);
                assertThat(count(c, "SELECT count(DISTINCT client_message_id) FROM messages WHERE conversation_id = ?",
                        id)).as("each clientMessageId once").isEqualTo(stored);
                assertThat(count(c, "SELECT count(DISTINCT seq) FROM messages WHERE conversation_id = ?", id))
                        .as("no duplicate seq").isEqualTo(stored);
                assertThat(count(c, "SELECT coalesce(max(seq), 0) FROM messages WHERE conversation_id = ?", id))
                        .as("seq 1..N without gaps").isEqualTo(stored);
                assertThat(count(c, "SELECT last_seq FROM conversations WHERE id = ?", id)).isEqualTo(stored);
            }
        }
    }

    /** Sends with fresh clientMessageIds until one is stored; false when none is within {@link #RECOVERY}. */
    private boolean awaitStoredSend(Sender sender) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            if (send(sender, "pg-probe-" + i).kind() == Kind.STORED) {
                return true;
            }
            pause(100);
        }
        return false;
    }

    private static void awaitAcks(Map<String, String> acked, int atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acked.size() < atLeast && System.nanoTime() < deadline) {
            pause(20);
        }
    }

    private enum Kind { STORED, UNAVAILABLE, OTHER }

    private record Outcome(Kind kind, String messageId, String detail) {
    }

    private Outcome send(Sender sender, String clientMessageId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort()
                        + "/api/v1/chat/conversations/" + sender.conversationId() + "/messages"))
                .header("Authorization", "Bearer " + sender.session().accessToken())
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"message " + clientMessageId
                        + "\",\"clientMessageId\":\"" + clientMessageId + "\"}"))
                .build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(r.body());
            if (r.statusCode() == 201) {
                return new Outcome(Kind.STORED, body.path("data").path("id").asText(), "");
            }
            if (r.statusCode() == 503 && body.path("code").asText().equals("PROVIDER_UNAVAILABLE")) {
                return new Outcome(Kind.UNAVAILABLE, null, "");
            }
            return new Outcome(Kind.OTHER, null, r.statusCode() + " " + r.body());
        } catch (HttpTimeoutException e) {
            return new Outcome(Kind.OTHER, null, "no answer within " + REQUEST_TIMEOUT);
        } catch (IOException e) {
            return new Outcome(Kind.OTHER, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Kind.OTHER, null, "interrupted");
        }
    }

    private static List<String> strings(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private static long count(Connection c, String sql, UUID arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
