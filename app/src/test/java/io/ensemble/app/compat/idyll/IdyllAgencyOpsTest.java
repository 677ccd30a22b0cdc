package io.ensemble.app.compat.idyll;

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
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end with {@code CLIENT_PROFILE=idyll}: seeds/003's {@code /api/meetings}, {@code /api/payouts} and
 * {@code /api/notifications} with bare bodies over the native use cases (issue 22 §3): happy paths with the
 * overlap warning, the decimal payout amount (major units; minor units in the ledger), {@code payout_updated}
 * and {@code new_notification} on the member's socket; members refused on admin routes (403) and on another's
 * payouts or notifications (404); bad input 400 naming the field with nothing written. Error statuses are read
 * raw: their body shape belongs to the profile's error filter.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdyllAgencyOpsTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("clientProfile", "idyll"));

    private Api api;
    private Accounts.Session admin;
    private Accounts.Session alice;
    private Accounts.Session bob;

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        admin = roles.admin();
        alice = roles.of("MEMBER");
        bob = roles.of("MEMBER");
    }

    @Test
    void meetings_are_scheduled_with_overlap_warnings_and_members_see_their_own() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        Reply first = api.post("/api/meetings", meeting("Casting", start, 60, alice.userId()), admin.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("success").isMissingNode()).as("a bare body").isTrue();
        String firstId = first.json().path("meeting").path("id").asText();
        Reply second = api.post("/api/meetings", meeting("Edit review", start.plus(Duration.ofMinutes(15)), 30,
                alice.userId(), bob.userId()), admin.accessToken());
        assertThat(second.json().path("warnings").get(0).path("meetingId").asText()).isEqualTo(firstId);
        assertThat(second.json().path("warnings").get(0).path("attendeeId").asText()).isEqualTo(alice.userId());
        String secondId = second.json().path("meeting").path("id").asText();

        Reply bobs = api.get("/api/meetings", bob.accessToken());
        assertThat(bobs.json().isArray()).isTrue();
        assertThat(bobs.json().toString()).contains(secondId).doesNotContain(firstId);
        Reply moved = api.sendRaw("PUT", "/api/meetings/" + secondId, Api.toJson(meeting("Edit review",
                start.plus(Duration.ofHours(3)), 30, alice.userId(), bob.userId())), admin.accessToken(), Map.of());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("warnings")).isEmpty();
        Reply cancelled = api.sendRaw("DELETE", "/api/meetings/" + firstId, null, admin.accessToken(), Map.of());
        assertThat(cancelled.json().path("status").asText()).isEqualTo("cancelled");

        long before = Sql.count("SELECT count(*) FROM agency_meetings");
        assertThat(raw("POST", "/api/meetings", meeting("Mine", start, 30), alice).statusCode()).isEqualTo(403);
        Map<String, Object> backwards = new java.util.HashMap<>(meeting("Backwards", start, 30, alice.userId()));
        backwards.remove("durationMinutes");
        backwards.put("endsAt", start.minus(Duration.ofMinutes(30)).toString());
        HttpResponse<String> bad = raw("POST", "/api/meetings", backwards, admin);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("endsAt");
        assertThat(Sql.count("SELECT count(*) FROM agency_meetings")).isEqualTo(before);
    }

    @Test
    void payouts_take_a_decimal_amount_and_the_member_sees_them_live_and_only_their_own() throws Exception {
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            Reply created = api.post("/api/payouts", Map.of("userId", alice.userId(), "amount", 125.5,
                    "currency", "USD", "description", "April shoot"), admin.accessToken());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().path("id").asText();
            assertThat(created.json().path("amount").decimalValue()).isEqualByComparingTo("125.5");
            assertThat(created.json().path("status").asText()).isEqualTo("pending");
            assertThat(api.get("/api/v1/agency/payouts/" + id, admin.accessToken()).data().path("amount").asLong())
                    .as("minor units in the ledger").isEqualTo(12550);
            ws.await("payout_updated", f -> f.path("data").path("payoutId").asText().equals(id));

            Reply paid = api.sendRaw("PUT", "/api/payouts/" + id, Api.toJson(Map.of("status", "paid")),
                    admin.accessToken(), Map.of());
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            assertThat(paid.json().path("status").asText()).isEqualTo("paid");
            ws.await("payout_updated", f -> f.path("data").path("status").asText().equals("paid"));

            Reply own = api.get("/api/payouts/user/" + alice.userId(), alice.accessToken());
            assertThat(own.json()).hasSize(1);
            assertThat(api.get("/api/payouts", alice.accessToken()).json()).hasSize(1);
            assertThat(api.get("/api/payouts", bob.accessToken()).json()).isEmpty();
            assertThat(raw("GET", "/api/payouts/user/" + alice.userId(), null, bob).statusCode()).isEqualTo(404);
            assertThat(raw("PUT", "/api/payouts/" + id, Map.of("status", "failed", "note", "x"), alice).statusCode())
                    .isEqualTo(403);
        }
        long before = Sql.count("SELECT count(*) FROM payouts");
        for (Object[] c : List.of(new Object[] {0, "USD", "amount"}, new Object[] {-3, "USD", "amount"},
                new Object[] {1.234, "USD", "amount"}, new Object[] {10, "ABC", "currency"})) {
            HttpResponse<String> bad = raw("POST", "/api/payouts", Map.of("userId", alice.userId(), "amount", c[0],
                    "currency", c[1]), admin);
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains((String) c[2]);
        }
        assertThat(raw("POST", "/api/payouts", Map.of("userId", alice.userId(), "amount", 5, "currency", "USD"),
                alice).statusCode()).isEqualTo(403);
        assertThat(Sql.count("SELECT count(*) FROM payouts")).isEqualTo(before);
    }

    @Test
    void an_admin_notifies_a_member_who_gets_new_notification_and_marks_it_read() throws Exception {
        try (WsClient ws = WsClient.connected(APP.getLocalPort(), alice.accessToken())) {
            Reply sent = api.post("/api/notifications", Map.of("title", "Welcome", "message", "Glad you joined",
                    "userId", alice.userId()), admin.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            String id = sent.json().path("notifications").get(0).path("id").asText();
            JsonNode n = ws.await("new_notification", f -> f.path("data").path("notification").path("id").asText()
                    .equals(id)).path("data").path("notification");
            assertThat(n.path("message").asText()).isEqualTo("Glad you joined");

            Reply list = api.get("/api/notifications", alice.accessToken());
            assertThat(list.json().get(0).path("id").asText()).isEqualTo(id);
            assertThat(list.json().get(0).path("read").asBoolean()).isFalse();
            assertThat(raw("PUT", "/api/notifications/" + id + "/read", null, bob).statusCode()).isEqualTo(404);
            Reply read = api.sendRaw("PUT", "/api/notifications/" + id + "/read", null, alice.accessToken(), Map.of());
            assertThat(read.json().path("success").asBoolean()).isTrue();
            assertThat(api.get("/api/notifications", alice.accessToken()).json().get(0).path("read").asBoolean())
                    .isTrue();
        }
        long before = Sql.count("SELECT count(*) FROM notifications WHERE type = 'ANNOUNCEMENT'");
        assertThat(raw("POST", "/api/notifications", Map.of("title", "x", "message", "y"), alice).statusCode())
                .isEqualTo(403);
        HttpResponse<String> bad = raw("POST", "/api/notifications", Map.of("title", "x"), admin);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("message");
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE type = 'ANNOUNCEMENT'")).isEqualTo(before);
    }

    private static Map<String, Object> meeting(String title, Instant start, int minutes, String... attendees) {
        return Map.of("title", title, "startsAt", start.toString(), "durationMinutes", minutes,
                "attendeeIds", List.of(attendees), "location", "Studio B");
    }

    /** An error answer, read without the contract check (its body shape is the profile error filter's). */
    private HttpResponse<String> raw(String method, String path, Object body, Accounts.Session who) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Authorization", "Bearer " + who.accessToken()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Api.toJson(body)));
        return api.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
