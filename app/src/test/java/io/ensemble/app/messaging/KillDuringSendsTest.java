package io.ensemble.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.ChildApp;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Sql;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 4 §Bad input and failure: {@code kill -9} of the app in the middle of a stream of sends
 * loses no acknowledged message. The app runs in its own JVM ({@link ChildApp}) on the shared test
 * database; four clients send with distinct {@code clientMessageId}s until the process is killed,
 * the app is started again, every send is retried with its {@code clientMessageId}, and the
 * database must hold each message exactly once, with seq 1..N and no duplicate.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class KillDuringSendsTest {
    private static final int SMTP = FreePort.find();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENDERS = 4;
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void kill_9_during_sends_loses_no_acknowledged_message_and_retries_are_stored_once() throws Exception {
        Accounts accounts = new Accounts(new Api(APP.getLocalPort()), new Inbox(MAIL));
        Accounts.Session alice = accounts.verifiedSession("kill-alice");
        Accounts.Session bob = accounts.verifiedSession("kill-bob");
        String conversationId = new Api(APP.getLocalPort())
                .get("/api/v1/chat/conversations/" + bob.userId(), alice.accessToken()).data().path("id").asText();

        Map<String, String> acked = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> attempted = new ConcurrentLinkedQueue<>();
        Map<String, String> ackedBeforeKill;
        try (ChildApp child = ChildApp.start()) {
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < SENDERS; t++) {
                String prefix = "kill-" + t + "-";
                String token = t % 2 == 0 ? alice.accessToken() : bob.accessToken();
                Thread sender = new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String cid = prefix + i;
                        attempted.add(cid);
                        Optional<HttpResponse<String>> r = send(child.port(), conversationId, cid, token);
                        if (r.isEmpty()) {
                            return; // the server is gone: this send may or may not have been stored
                        }
                        if (r.get().statusCode() == 201) {
                            acked.put(cid, id(r.get()));
                        }
                    }
                });
                sender.start();
                senders.add(sender);
            }
            org.awaitility.Awaitility.await("60 acknowledged sends").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(() -> acked.size() >= 60);
            assertThat(acked).as("sends acknowledged before the kill").hasSizeGreaterThanOrEqualTo(60);
            child.kill9();
            for (Thread s : senders) {
                s.join(TimeUnit.SECONDS.toMillis(30));
            }
            stop.set(true);
            ackedBeforeKill = Map.copyOf(acked);
            assertThat(attempted).as("some sends were cut by the kill").hasSizeGreaterThan(ackedBeforeKill.size());

            child.restart();
            for (String cid : attempted) {
                String token = cid.startsWith("kill-0-") || cid.startsWith("kill-2-") ? alice.accessToken()
                        : bob.accessToken();
                HttpResponse<String> retried = send(child.port(), conversationId, cid, token).orElseThrow();
                assertThat(retried.statusCode()).as(retried.body()).isIn(200, 201);
                if (ackedBeforeKill.containsKey(cid)) {
                    assertThat(retried.statusCode()).as("an acknowledged send is already stored").isEqualTo(200);
                    assertThat(id(retried)).isEqualTo(ackedBeforeKill.get(cid));
                }
            }
        }

        UUID conversation = UUID.fromString(conversationId);
        for (String cid : ackedBeforeKill.keySet()) {
            assertThat(Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ? AND client_message_id = ?",
                    conversation, cid)).as(cid).isEqualTo(1);
        }
        long stored = Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ?", conversation);
        long distinctIds = Sql.count(
                "SELECT count(DISTINCT client_message_id) FROM messages WHERE conversation_id = ?", conversation);
        long distinctSeq = Sql.count("SELECT count(DISTINCT seq) FROM messages WHERE conversation_id = ?",
                conversation);
        long maxSeq = Sql.count("SELECT coalesce(max(seq), 0) FROM messages WHERE conversation_id = ?", conversation);
        long lastSeq = Sql.count("SELECT last_seq FROM conversations WHERE id = ?", conversation);
        assertThat(distinctIds).as("each clientMessageId once").isEqualTo(stored);
        assertThat(distinctSeq).as("no duplicate seq").isEqualTo(stored);
        assertThat(maxSeq).as("seq 1..N without gaps").isEqualTo(stored);
        assertThat(lastSeq).isEqualTo(stored);
        assertThat(stored).as("every attempted send stored once after the retries").isEqualTo(attempted.size());
    }

    /** @return the answer, or empty when the connection failed (server killed or not listening) */
    private Optional<HttpResponse<String>> send(int port, String conversationId, String clientMessageId,
                                                String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/chat/conversations/" + conversationId + "/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"message " + clientMessageId
                        + "\",\"clientMessageId\":\"" + clientMessageId + "\"}"))
                .build();
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String id(HttpResponse<String> r) {
        try {
            JsonNode body = JSON.readTree(r.body());
            return body.path("data").path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(r.body(), e);
        }
    }
}
