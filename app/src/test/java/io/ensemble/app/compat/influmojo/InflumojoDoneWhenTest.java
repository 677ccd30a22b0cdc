package io.ensemble.app.compat.influmojo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.CapturedSms;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.IdTokens;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import io.ensemble.app.support.RoleSessions;
import io.ensemble.app.support.Sql;
import io.ensemble.app.support.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 23 "Done when", with {@code CLIENT_PROFILE=influmojo}: a creator signs up by phone (the code read from
 * the SMS sender), a brand signs in with Google (test keys served by WireMock), finds the creator through
 * {@code /profile/creators}, orders through {@code /orders/create}, the status moves through
 * {@code PUT /orders/:id/status}, both get a Stream token and the order's Stream channel holds both of them
 * (Stream faked by WireMock), and a support ticket is assigned to the available agent and answered live.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InflumojoDoneWhenTest {
    private static final int SMTP = FreePort.find();
    private static final int KEYS_PORT = FreePort.find();
    private static final int STREAM_PORT = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    @RegisterExtension
    static final WireMockExtension KEYS = WireMockExtension.newInstance().options(wireMockConfig().port(KEYS_PORT))
            .build();
    @RegisterExtension
    static final WireMockExtension STREAM = WireMockExtension.newInstance()
            .options(wireMockConfig().port(STREAM_PORT)).build();
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP, overrides());

    private static ConfigOverride[] overrides() {
        List<ConfigOverride> all = new ArrayList<>(List.of(IdTokens.config(KEYS_PORT)));
        all.add(ConfigOverride.config("clientProfile", "influmojo"));
        all.add(ConfigOverride.config("sms.type", "capture"));
        all.add(ConfigOverride.config("signIn.smsAllowedCountries", "IN"));
        all.add(ConfigOverride.config("externalChat.type", "stream"));
        all.add(ConfigOverride.config("externalChat.apiKey", "influmojo-stream-key"));
        all.add(ConfigOverride.config("externalChat.apiSecret", "influmojo-stream-secret-0123456789abcdef"));
        all.add(ConfigOverride.config("externalChat.baseUrl", "http://127.0.0.1:" + STREAM_PORT));
        return all.toArray(ConfigOverride[]::new);
    }

    @Test
    void phone_creator_and_google_brand_deal_chat_on_stream_and_get_support_live() {
        Api api = new Api(APP.getLocalPort());
        RoleSessions roles = new RoleSessions(api, new Inbox(MAIL));
        InflumojoClient client = new InflumojoClient(api);
        IdTokens.serveKeys(KEYS);
        STREAM.stubFor(post(urlPathMatching("/.*")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"duration\":\"1ms\"}")));

        String phone = CapturedSms.uniqueIndianNumber();
        Reply texted = api.post("/auth/signup", Map.of("phone", phone, "name", "Ravi Creator", "user_type", "creator"));
        assertThat(texted.status()).as(texted.toString()).isEqualTo(201);
        Reply verified = api.post("/auth/verify-otp", Map.of("phone", phone, "otp", CapturedSms.latestCode(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        String creatorId = verified.data().path("user").path("id").asText();
        Accounts.Session creator = new Accounts.Session(creatorId, null, verified.data().path("token").asText(), null);

        String brandEmail = Accounts.uniqueEmail("influ-google-brand");
        Reply google = api.post("/auth/signup", Map.of("id_token", IdTokens.google(brandEmail), "user_type", "brand"));
        assertThat(google.status()).as(google.toString()).isEqualTo(201);
        Accounts.Session brand = new Accounts.Session(google.data().path("user").path("id").asText(), brandEmail,
                google.data().path("token").asText(), null);

        String marker = "Ravi" + UUID.randomUUID().toString().substring(0, 6);
        Reply basic = api.post("/profile/update-basic-info", Map.of("name", marker + " Makes", "first_name", "Ravi",
                "bio", "Bridal makeup reels", "location_state", "Kerala", "location_pincode", "682001"), creator.accessToken());
        assertThat(basic.status()).as(basic.toString()).isEqualTo(200);
        Reply prefs = api.post("/profile/update-preferences", Map.of("categories", List.of("makeup"),
                "onboardingCompleted", true), creator.accessToken());
        assertThat(prefs.status()).as(prefs.toString()).isEqualTo(200);
        String packageId = client.createPackage(creator);

        Reply found = api.get("/profile/creators?search=" + marker + "&page=1", brand.accessToken());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.data().path("creators").findValuesAsText("id")).contains(creatorId);
        Reply ordered = client.order(brand, packageId);
        assertThat(ordered.status()).as(ordered.toString()).isEqualTo(201);
        String orderId = ordered.data().path("id").asText();

        Accounts.Session admin = roles.admin();
        assertThat(client.status(admin, orderId, Map.of("status", "paid")).data().path("status").asText())
                .isEqualTo("paid");
        Reply accepted = client.status(creator, orderId, Map.of("status", "accepted"));
        assertThat(accepted.data().path("status").asText()).as(accepted.toString()).isEqualTo("accepted");

        for (Accounts.Session party : List.of(creator, brand)) {
            Reply token = api.get("/api/v1/chat/stream-token", party.accessToken());
            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            assertThat(token.data().path("userId").asText()).isEqualTo(party.userId());
        }
        Awaitility.await("the order's Stream channel with both parties").atMost(Duration.ofSeconds(40))
                .until(() -> STREAM.findAll(postRequestedFor(urlPathEqualTo("/channels/messaging/order-" + orderId
                        + "/query"))).stream().anyMatch(r -> r.getBodyAsString().contains(creatorId)
                        && r.getBodyAsString().contains(brand.userId())));

        Sql.execute("UPDATE support_agents SET status = 'offline'");
        Sql.execute("UPDATE support_tickets SET status = 'closed' WHERE agent_id IS NULL AND status = 'open'");
        Accounts.Session staff = roles.of("BRAND");
        Sql.execute("UPDATE users SET role = 'AGENT' WHERE id = ?", UUID.fromString(staff.userId()));
        Reply agentLogin = api.post("/api/v1/auth/login", Map.of("email", staff.email(), "password", Accounts.PASSWORD));
        String agentToken = agentLogin.data().path("accessToken").asText();
        Reply available = api.sendRaw("PUT", "/api/v1/support/agents/me/status", Api.toJson(Map.of("status",
                "available")), agentToken, Map.of());
        assertThat(available.status()).as(available.toString()).isEqualTo(200);

        Reply ticket = api.post("/api/v1/support/tickets", Map.of("subject", "Payment not showing",
                "description", "The brand paid but I see nothing", "category", "payments", "priority", "high"),
                creator.accessToken());
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        assertThat(ticket.data().path("status").asText()).isEqualTo("assigned");
        assertThat(ticket.data().path("agentId").asText()).isEqualTo(staff.userId());
        String thread = ticket.data().path("conversationId").asText();
        try (WsClient live = WsClient.connected(APP.getLocalPort(), creator.accessToken())) {
            Reply answer = api.post("/api/v1/chat/conversations/" + thread + "/messages",
                    Map.of("content", "Found it: the payout is on its way"), agentToken);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            JsonNode heard = live.await("new_message", f -> f.path("data").path("content").asText()
                    .equals("Found it: the payout is on its way")).path("data");
            assertThat(heard.path("senderId").asText()).isEqualTo(staff.userId());
        }
    }
}
