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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End-to-end: notification preference and push device routes (issue 5 §4). */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationPreferenceRoutesTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP);
    private static final String PREFS = "/api/v1/notifications/preferences";
    private static final String DEVICES = "/api/v1/notifications/devices";

    private Api api;
    private Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        accounts = new Accounts(api, new Inbox(MAIL));
    }

    private Reply put(String body, Accounts.Session as) {
        return api.sendRaw("PUT", PREFS, body, as == null ? null : as.accessToken(), Map.of("Content-Type", "application/json"));
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
    }

    private static long prefRows(Accounts.Session s) {
        return Sql.count("SELECT count(*) FROM notification_preferences WHERE user_id = ?", UUID.fromString(s.userId()));
    }

    @Test
    void every_type_starts_with_every_channel_on() {
        var ada = accounts.verifiedSession("prefs");

        Reply r = api.get(PREFS, ada.accessToken());

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode p = r.data().path("preferences");
        assertThat(p.fieldNames()).toIterable().containsExactly(java.util.Arrays.stream(
                io.ensemble.notifications.NotificationType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(p.fieldNames()).toIterable().contains("CONNECTION_REQUEST", "NEW_MESSAGE", "ORDER_UPDATED");
        p.forEach(c -> assertThat(c.toString()).isEqualTo("{\"inApp\":true,\"email\":true,\"push\":true}"));
    }

    @Test
    void a_partial_update_changes_only_the_named_switches_and_only_for_the_caller() {
        var ada = accounts.verifiedSession("prefs");
        var eve = accounts.verifiedSession("prefs");

        Reply r = put("{\"preferences\":{\"NEW_MESSAGE\":{\"email\":false},\"CONNECTION_REQUEST\":{\"push\":false,\"inApp\":false}}}", ada);
        Reply again = put("{\"preferences\":{\"NEW_MESSAGE\":{\"push\":false}}}", ada);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode p = again.data().path("preferences");
        assertThat(p.path("NEW_MESSAGE").toString()).isEqualTo("{\"inApp\":true,\"email\":false,\"push\":false}");
        assertThat(p.path("CONNECTION_REQUEST").toString()).isEqualTo("{\"inApp\":false,\"email\":true,\"push\":false}");
        assertThat(p.path("CONNECTION_ACCEPTED").toString()).isEqualTo("{\"inApp\":true,\"email\":true,\"push\":true}");
        assertThat(api.get(PREFS, ada.accessToken()).data()).isEqualTo(again.data());
        assertThat(api.get(PREFS, eve.accessToken()).data().path("preferences").path("NEW_MESSAGE").path("email")
                .asBoolean()).isTrue();
        assertThat(prefRows(ada)).isEqualTo(2);
        assertThat(prefRows(eve)).isZero();
    }

    @Test
    void bad_bodies_are_400_naming_the_field_and_write_nothing() {
        var ada = accounts.verifiedSession("prefs");

        Reply unknown = put("{\"preferences\":{\"BIRTHDAY\":{\"email\":false},\"NEW_MESSAGE\":{\"email\":false}}}", ada);
        assertError(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.json().path("details").findValuesAsText("field")).containsExactly("preferences.BIRTHDAY");
        Reply empty = put("{\"preferences\":{\"NEW_MESSAGE\":{}}}", ada);
        assertError(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.json().path("details").findValuesAsText("field")).containsExactly("preferences.NEW_MESSAGE");
        for (String body : List.of("{}", "{\"preferences\":{}}", "{\"preferences\":{\"NEW_MESSAGE\":{\"email\":\"no\"}}}",
                "{\"preferences\":[1]}", "not json")) {
            assertThat(put(body, ada).status()).as(body).isEqualTo(400);
        }
        assertThat(prefRows(ada)).isZero();
    }

    @Test
    void preference_and_device_routes_require_a_bearer_token() {
        assertError(api.get(PREFS), 401, "UNAUTHENTICATED");
        assertError(put("{\"preferences\":{\"NEW_MESSAGE\":{\"email\":false}}}", null), 401, "UNAUTHENTICATED");
        assertError(api.post(DEVICES, Map.of("token", "t", "platform", "ANDROID")), 401, "UNAUTHENTICATED");
        assertError(api.sendRaw("DELETE", DEVICES + "/t", null, null, Map.of()), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_device_is_registered_once_moves_to_the_last_user_and_only_its_owner_removes_it() {
        var ada = accounts.verifiedSession("device");
        var eve = accounts.verifiedSession("device");
        String token = "fcm:" + UUID.randomUUID();

        Reply created = api.post(DEVICES, Map.of("token", token, "platform", "android"), ada.accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().path("platform").asText()).isEqualTo("ANDROID");
        assertThat(api.post(DEVICES, Map.of("token", token, "platform", "ANDROID"), ada.accessToken()).status()).isEqualTo(201);
        assertThat(owner(token)).isEqualTo(1);

        assertError(api.sendRaw("DELETE", DEVICES + "/" + token, null, eve.accessToken(), Map.of()), 404, "NOT_FOUND");
        assertThat(Sql.count("SELECT count(*) FROM push_devices WHERE token = ? AND user_id = ?", token,
                UUID.fromString(ada.userId()))).isEqualTo(1);

        api.post(DEVICES, Map.of("token", token, "platform", "IOS"), eve.accessToken());
        assertThat(Sql.count("SELECT count(*) FROM push_devices WHERE token = ? AND user_id = ? AND platform = 'IOS'", token,
                UUID.fromString(eve.userId()))).isEqualTo(1);
        Reply removed = api.sendRaw("DELETE", DEVICES + "/" + token, null, eve.accessToken(), Map.of());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(owner(token)).isZero();
    }

    @Test
    void bad_device_bodies_are_400_naming_the_field_and_write_nothing() {
        var ada = accounts.verifiedSession("device");

        Reply r = api.post(DEVICES, Map.of("token", " ", "platform", "blackberry"), ada.accessToken());

        assertError(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().path("details").findValuesAsText("field")).containsExactlyInAnyOrder("token", "platform");
        assertThat(api.post(DEVICES, Map.of("token", "x".repeat(4097), "platform", "WEB"), ada.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.post(DEVICES, Map.of("token", 42, "platform", "WEB"), ada.accessToken()).status()).isEqualTo(400);
        assertThat(Sql.count("SELECT count(*) FROM push_devices WHERE user_id = ?", UUID.fromString(ada.userId()))).isZero();
    }

    private static long owner(String token) {
        return Sql.count("SELECT count(*) FROM push_devices WHERE token = ?", token);
    }
}
