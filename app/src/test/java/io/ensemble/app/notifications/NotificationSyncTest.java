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
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: reading and deleting a notification on one device reaches the user's other devices as
 * {@code notification_read} / {@code notification_deleted} (seeds/001 §Notification Events), and
 * nobody else.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationSyncTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);

    @Test
    void read_read_all_and_delete_reach_every_socket_of_the_owner_only() throws Exception {
        Api api = new Api(APP.getLocalPort());
        Accounts accounts = new Accounts(api, new Inbox(MAIL));
        var salon = accounts.verifiedSession("sync-salon");
        var other = accounts.verifiedSession("sync-other");
        var ada = accounts.verifiedSession("sync-ada");
        api.post("/api/v1/connections/request", Map.of("receiverId", ada.userId()), salon.accessToken());
        api.post("/api/v1/connections/request", Map.of("receiverId", ada.userId()), other.accessToken());
        var items = api.get("/api/v1/notifications", ada.accessToken()).data().path("items");
        String first = items.get(0).path("id").asText();
        String second = items.get(1).path("id").asText();

        try (WsClient phone = WsClient.connected(APP.getLocalPort(), ada.accessToken());
             WsClient laptop = WsClient.connected(APP.getLocalPort(), ada.accessToken());
             WsClient stranger = WsClient.connected(APP.getLocalPort(), salon.accessToken())) {
            Reply read = api.sendRaw("PATCH", "/api/v1/notifications/" + first + "/read", null, ada.accessToken(), Map.of());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            for (WsClient device : new WsClient[] {phone, laptop}) {
                JsonNode data = device.await("notification_read",
                        f -> f.path("data").path("notificationId").asText().equals(first)).path("data");
                assertThat(data.path("readAt").asText()).isNotBlank();
            }

            api.sendRaw("PATCH", "/api/v1/notifications/read-all", null, ada.accessToken(), Map.of());
            laptop.await("notification_read", f -> f.path("data").path("all").asBoolean());

            api.sendRaw("DELETE", "/api/v1/notifications/" + second, null, ada.accessToken(), Map.of());
            phone.await("notification_deleted", f -> f.path("data").path("notificationId").asText().equals(second));
            laptop.await("notification_deleted", f -> f.path("data").path("notificationId").asText().equals(second));

            Reply foreign = api.sendRaw("DELETE", "/api/v1/notifications/" + first, null, salon.accessToken(), Map.of());
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(phone.receives("notification_deleted",
                    f -> f.path("data").path("notificationId").asText().equals(first), Duration.ofMillis(1200))).isFalse();
            assertThat(stranger.receives("notification_read", f -> true, Duration.ofMillis(200))).isFalse();
            assertThat(stranger.receives("notification_deleted", f -> true, Duration.ofMillis(200))).isFalse();
        }
    }
}
