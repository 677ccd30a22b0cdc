package io.ensemble.app.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
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
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end delivery of notifications per preference (issue 5 §4): email through the SMTP adapter to
 * GreenMail, push through the FCM HTTP v1 adapter to a WireMock FCM (and Google token endpoint),
 * retries on provider failure without losing the in-app notification, and chat messages notifying
 * offline members once per conversation until read.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationDeliveryTest {
    private static final String SEND = "/v1/projects/ensemble-test/messages:send";
    private static final WireMockServer FCM = startFcm();
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("push.type", "fcm"),
            ConfigOverride.config("push.projectId", "ensemble-test"),
            ConfigOverride.config("push.credentialsFile", NotificationDeliveryTest::serviceAccountFile),
            ConfigOverride.config("push.baseUrl", FCM::baseUrl),
            ConfigOverride.config("push.tokenUrl", () -> FCM.baseUrl() + "/token"));

    private Api api;
    private Accounts accounts;
    private Inbox inbox;

    private static WireMockServer startFcm() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return server;
    }

    @AfterAll
    static void stopFcm() {
        FCM.stop();
    }

    private static String serviceAccountFile() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            Path file = Files.createTempFile("fcm-service-account", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, new ObjectMapper().writeValueAsString(Map.of("type", "service_account",
                    "project_id", "ensemble-test", "private_key_id", "k1", "private_key", pem,
                    "client_email", "push@ensemble-test.iam.gserviceaccount.com",
                    "token_uri", "https://oauth2.googleapis.com/token")));
            return file.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        inbox = new Inbox(MAIL);
        accounts = new Accounts(api, inbox);
        FCM.resetAll();
        FCM.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"access_token\":\"ya29.e2e\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
        fcmAnswers(200, "{\"name\":\"projects/ensemble-test/messages/1\"}");
    }

    private static void fcmAnswers(int status, String body) {
        FCM.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private String device(Accounts.Session s) {
        String token = "device-" + UUID.randomUUID();
        assertThat(api.post("/api/v1/notifications/devices", Map.of("token", token, "platform", "ANDROID"),
                s.accessToken()).status()).isEqualTo(201);
        return token;
    }

    private Reply request(Accounts.Session from, Accounts.Session to) {
        Reply r = api.post("/api/v1/connections/request", Map.of("receiverId", to.userId()), from.accessToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    private static int pushesTo(String token) {
        return FCM.findAll(postRequestedFor(urlEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.message.token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(token))))
                .size();
    }

    private static long deliveries(Accounts.Session s, String where) {
        return Sql.count("SELECT count(*) FROM notification_deliveries WHERE user_id = ? AND " + where,
                UUID.fromString(s.userId()));
    }

    private static void eventually(BooleanSupplier condition, String what) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    private static String text(MimeMessage m) {
        try {
            return m.getSubject() + "\n" + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_connection_request_is_mailed_and_pushed_to_every_device_by_default() throws Exception {
        var salon = accounts.verifiedSession("deliver-salon");
        var ada = accounts.verifiedSession("deliver-ada");
        String phone = device(ada);
        String tablet = device(ada);
        int mailsBefore = inbox.count(ada.email());

        request(salon, ada);

        eventually(() -> inbox.count(ada.email()) == mailsBefore + 1 && pushesTo(phone) == 1 && pushesTo(tablet) == 1,
                "mail and two pushes");
        MimeMessage mail = inbox.messagesFor(ada.email()).get(mailsBefore);
        assertThat(text(mail)).startsWith("New connection request\n").contains("wants to connect with you");
        var push = FCM.findAll(postRequestedFor(urlEqualTo(SEND))).get(0);
        assertThat(push.getHeader("Authorization")).isEqualTo("Bearer ya29.e2e");
        assertThat(push.getBodyAsString()).contains("\"title\":\"New connection request\"")
                .contains("\"type\":\"CONNECTION_REQUEST\"");
        eventually(() -> deliveries(ada, "status = 'SENT'") == 2, "both deliveries SENT");
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", UUID.fromString(ada.userId())))
                .isEqualTo(1);
    }

    @Test
    void channels_the_user_turned_off_are_not_used() throws Exception {
        var salon = accounts.verifiedSession("deliver-salon");
        var ada = accounts.verifiedSession("deliver-ada");
        String phone = device(ada);
        Reply prefs = api.sendRaw("PUT", "/api/v1/notifications/preferences",
                "{\"preferences\":{\"CONNECTION_REQUEST\":{\"email\":false}}}", ada.accessToken(),
                Map.of("Content-Type", "application/json"));
        assertThat(prefs.status()).as(prefs.toString()).isEqualTo(200);
        int mailsBefore = inbox.count(ada.email());

        request(salon, ada);

        eventually(() -> pushesTo(phone) == 1, "the push");
        eventually(() -> deliveries(ada, "status = 'SENT'") == 1, "push delivery SENT");
        assertThat(deliveries(ada, "channel = 'EMAIL'")).isZero();
        assertThat(inbox.count(ada.email())).isEqualTo(mailsBefore);
        assertThat(api.get("/api/v1/notifications/unread", ada.accessToken()).data().path("count").asLong()).isEqualTo(1);
    }

    @Test
    void a_failing_push_provider_keeps_the_notification_and_the_delivery_is_retried_until_sent() throws Exception {
        var salon = accounts.verifiedSession("deliver-salon");
        var ada = accounts.verifiedSession("deliver-ada");
        String phone = device(ada);
        fcmAnswers(503, "{\"error\":{\"code\":503,\"message\":\"The service is currently unavailable.\",\"status\":\"UNAVAILABLE\"}}");

        request(salon, ada);

        eventually(() -> deliveries(ada, "channel = 'PUSH' AND status = 'PENDING' AND attempts = 1"
                + " AND last_error LIKE '%503%' AND next_attempt_at > now() + interval '20 seconds'") == 1,
                "a push delivery waiting for its retry");
        assertThat(api.get("/api/v1/notifications", ada.accessToken()).data().path("items")).hasSize(1);
        eventually(() -> deliveries(ada, "channel = 'EMAIL' AND status = 'SENT'") == 1, "the mail is not held up");

        fcmAnswers(200, "{\"name\":\"projects/ensemble-test/messages/2\"}");
        Sql.execute("UPDATE notification_deliveries SET next_attempt_at = now() WHERE user_id = ? AND channel = 'PUSH'",
                UUID.fromString(ada.userId()));

        eventually(() -> deliveries(ada, "channel = 'PUSH' AND status = 'SENT' AND attempts = 2") == 1, "the retry");
        assertThat(pushesTo(phone)).isEqualTo(2);
    }

    @Test
    void an_unregistered_device_token_is_forgotten() throws Exception {
        var salon = accounts.verifiedSession("deliver-salon");
        var ada = accounts.verifiedSession("deliver-ada");
        String phone = device(ada);
        fcmAnswers(404, "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\",\"status\":\"NOT_FOUND\","
                + "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}");

        request(salon, ada);

        eventually(() -> Sql.count("SELECT count(*) FROM push_devices WHERE token = ?", phone) == 0, "the token dropped");
        eventually(() -> deliveries(ada, "channel = 'PUSH' AND status = 'SENT'") == 1, "delivery finished");
    }

    @Test
    void chat_messages_notify_an_offline_member_once_per_conversation_until_read() throws Exception {
        var ada = accounts.verifiedSession("chat-ada");
        var bob = accounts.verifiedSession("chat-bob");
        String conversation = api.get("/api/v1/chat/conversations/" + bob.userId(), ada.accessToken()).data()
                .path("id").asText();
        int mailsBefore = inbox.count(bob.email());

        for (int i = 0; i < 3; i++) {
            Reply sent = api.post("/api/v1/chat/conversations/" + conversation + "/messages",
                    Map.of("content", "hello " + i), ada.accessToken());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }

        eventually(() -> Sql.count("SELECT count(*) FROM outbox WHERE type = 'message_stored' AND recipient_id = ?"
                + " AND published_at IS NOT NULL", UUID.fromString(bob.userId())) == 3, "the three events relayed");
        Reply list = api.get("/api/v1/notifications", bob.accessToken());
        assertThat(list.data().path("items")).hasSize(1);
        var n = list.data().path("items").get(0);
        assertThat(n.path("type").asText()).isEqualTo("NEW_MESSAGE");
        assertThat(n.path("subjectId").asText()).isEqualTo(conversation);
        assertThat(n.path("actorId").asText()).isEqualTo(ada.userId());
        eventually(() -> inbox.count(bob.email()) == mailsBefore + 1, "one mail");
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", UUID.fromString(ada.userId())))
                .as("the sender is not notified").isZero();

        api.sendRaw("PATCH", "/api/v1/notifications/" + n.path("id").asText() + "/read", null, bob.accessToken(), Map.of());
        api.post("/api/v1/chat/conversations/" + conversation + "/messages", Map.of("content", "after read"),
                ada.accessToken());

        eventually(() -> Sql.count("SELECT count(*) FROM notifications WHERE user_id = ? AND type = 'NEW_MESSAGE'",
                UUID.fromString(bob.userId())) == 2, "a new notification after the first was read");
        Thread.sleep(1500);
        assertThat(inbox.count(bob.email())).isEqualTo(mailsBefore + 2);
    }

    @Test
    void a_member_with_an_open_socket_gets_no_notification_for_chat_messages() throws Exception {
        var ada = accounts.verifiedSession("chat-ada");
        var bob = accounts.verifiedSession("chat-bob");
        String conversation = api.get("/api/v1/chat/conversations/" + bob.userId(), ada.accessToken()).data()
                .path("id").asText();
        try (WsClient bobOnline = WsClient.connected(APP.getLocalPort(), bob.accessToken())) {
            api.post("/api/v1/chat/conversations/" + conversation + "/messages", Map.of("content", "hi"), ada.accessToken());

            eventually(() -> Sql.count("SELECT count(*) FROM outbox WHERE type = 'message_stored' AND recipient_id = ?"
                    + " AND published_at IS NOT NULL", UUID.fromString(bob.userId())) == 1, "the event relayed");
            assertThat(bobOnline.isOpen()).isTrue();
        }
        assertThat(Sql.count("SELECT count(*) FROM notifications WHERE user_id = ?", UUID.fromString(bob.userId()))).isZero();
        assertThat(deliveries(bob, "true")).isZero();
    }
}
