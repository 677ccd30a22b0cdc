package io.ensemble.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end live delivery of notifications (issue 5 §4, DESIGN §Patterns "Outbox"): the outbox relay
 * pushes each {@code notification_received} event to the recipient's {@code /ws} socket and marks the
 * outbox row published.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LiveNotificationTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void request_and_accept_reach_the_connected_users_live_and_the_outbox_rows_are_published() throws Exception {
        Api api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        Accounts.Session a = accounts.verifiedSession("live-a");
        Accounts.Session b = accounts.verifiedSession("live-b");
        try (WsClient aWs = WsClient.connected(APP.getLocalPort(), a.accessToken());
             WsClient bWs = WsClient.connected(APP.getLocalPort(), b.accessToken())) {
            Reply sent = api.post("/api/v1/connections/request", Map.of("receiverId", b.userId()), a.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            String requestId = sent.data().path("id").asText();

            JsonNode received = bWs.await("notification_received",
                    f -> f.path("data").path("subjectId").asText().equals(requestId)).path("data");
            assertThat(received.path("type").asText()).isEqualTo("CONNECTION_REQUEST");
            assertThat(received.path("actorId").asText()).isEqualTo(a.userId());
            String notificationId = received.path("notificationId").asText();
            Reply listed = api.get("/api/v1/notifications", b.accessToken());
            assertThat(listed.data().path("items").get(0).path("id").asText()).isEqualTo(notificationId);
            assertThat(aWs.receives("notification_received", f -> true, Duration.ofMillis(700))).isFalse();

            Reply accepted = api.sendRaw("PATCH", "/api/v1/connections/requests/" + requestId + "/accept", null,
                    b.accessToken(), Map.of());
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            JsonNode back = aWs.await("notification_received",
                    f -> f.path("data").path("subjectId").asText().equals(requestId)).path("data");
            assertThat(back.path("type").asText()).isEqualTo("CONNECTION_ACCEPTED");
            assertThat(back.path("actorId").asText()).isEqualTo(b.userId());
        }
        awaitPublished(UUID.fromString(b.userId()), Duration.ofSeconds(5));
        awaitPublished(UUID.fromString(a.userId()), Duration.ofSeconds(5));
    }

    /** The socket frame is sent before the relay's transaction commits, so poll for the commit. */
    private static void awaitPublished(UUID recipient, Duration wait) {
        org.awaitility.Awaitility.await("the outbox of " + recipient + " published").atMost(wait).pollInterval(Duration.ofMillis(50))
                .until(() -> Sql.count("SELECT count(*) FROM outbox WHERE recipient_id = ? AND published_at IS NULL",
                        recipient) == 0 && Sql.count("SELECT count(*) FROM outbox WHERE recipient_id = ?"
                        + " AND type = 'notification_received' AND published_at IS NOT NULL", recipient) == 1);
    }
}
