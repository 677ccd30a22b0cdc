package io.ensemble.integrations.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.dropwizard.jackson.Jackson;
import io.ensemble.notifications.PushMessage;
import io.ensemble.notifications.PushResult;
import io.ensemble.notifications.PushSender;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract test of the FCM HTTP v1 adapter against WireMock, with payloads shaped like Firebase's
 * reference ("projects.messages.send", "FCM error codes") and Google's OAuth 2 token endpoint.
 */
class FcmPushSenderTest {
    private static final String SEND = "/v1/projects/demo-project/messages:send";
    private static final String TOKEN = "/token";

    @RegisterExtension
    static WireMockExtension fcm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private final ObjectMapper json = Jackson.newObjectMapper();
    private final ObjectMapper yaml = Jackson.newObjectMapper(new YAMLFactory());
    private KeyPair keys;
    private PushSender sender;

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path key = dir.resolve("service-account.json");
        Files.writeString(key, json.writeValueAsString(Map.of("type", "service_account", "project_id", "demo-project",
                "private_key_id", "key-1", "private_key", pem,
                "client_email", "push@demo-project.iam.gserviceaccount.com",
                "token_uri", "https://oauth2.googleapis.com/token")));
        PushSenderFactory factory = yaml.readValue("""
                type: fcm
                projectId: demo-project
                credentialsFile: %s
                baseUrl: %s
                tokenUrl: %s
                """.formatted(key, fcm.baseUrl(), fcm.baseUrl() + TOKEN), PushSenderFactory.class);
        sender = factory.build(json);
        fcm.stubFor(post(urlEqualTo(TOKEN)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"ya29.test-token\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
    }

    private static PushMessage message() {
        return new PushMessage("fcm-device-token-1", "New connection request", "Glow wants to connect with you.",
                Map.of("type", "CONNECTION_REQUEST", "notificationId", "0193a1"));
    }

    private void answer(int status, String body) {
        fcm.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void sends_the_v1_message_with_a_bearer_token_from_a_signed_service_account_grant() throws Exception {
        answer(200, "{\"name\":\"projects/demo-project/messages/0:1700000000000000%31bd1c9631bd1c96\"}");

        assertThat(sender.send(message())).isEqualTo(PushResult.ACCEPTED);
        assertThat(sender.send(message())).isEqualTo(PushResult.ACCEPTED);

        fcm.verify(2, postRequestedFor(urlEqualTo(SEND))
                .withHeader("Authorization", equalTo("Bearer ya29.test-token"))
                .withRequestBody(equalToJson("""
                        {"message": {"token": "fcm-device-token-1",
                          "notification": {"title": "New connection request", "body": "Glow wants to connect with you."},
                          "data": {"type": "CONNECTION_REQUEST", "notificationId": "0193a1"}}}""")));
        fcm.verify(1, postRequestedFor(urlEqualTo(TOKEN))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")));
        String form = fcm.findAll(postRequestedFor(urlEqualTo(TOKEN))).get(0).getBodyAsString();
        String assertion = URLDecoder.decode(form.substring(form.indexOf("assertion=") + 10), StandardCharsets.UTF_8);
        JwtClaims claims = new JwtConsumerBuilder().setVerificationKey(keys.getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedAudience(fcm.baseUrl() + TOKEN).setRequireExpirationTime().build().processToClaims(assertion);
        assertThat(claims.getIssuer()).isEqualTo("push@demo-project.iam.gserviceaccount.com");
        assertThat(claims.getClaimValueAsString("scope")).isEqualTo("https://www.googleapis.com/auth/firebase.messaging");
    }

    @Test
    void an_unregistered_token_is_reported_invalid() {
        answer(404, """
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]}}""");

        assertThat(sender.send(message())).isEqualTo(PushResult.TOKEN_INVALID);
    }

    @Test
    void a_malformed_registration_token_is_reported_invalid() {
        answer(400, """
                {"error": {"code": 400, "message": "The registration token is not a valid FCM registration token",
                  "status": "INVALID_ARGUMENT", "details": [
                    {"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "INVALID_ARGUMENT"},
                    {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [
                      {"field": "message.token", "description": "Invalid registration token"}]}]}}""");

        assertThat(sender.send(message())).isEqualTo(PushResult.TOKEN_INVALID);
    }

    @Test
    void quota_and_server_errors_are_provider_unavailable_so_the_delivery_is_retried() {
        answer(429, """
                {"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "QUOTA_EXCEEDED"}]}}""");
        assertThatThrownBy(() -> sender.send(message())).isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("429").hasMessageContaining("QUOTA_EXCEEDED");

        answer(503, "{\"error\": {\"code\": 503, \"message\": \"The service is currently unavailable.\", \"status\": \"UNAVAILABLE\"}}");
        assertThatThrownBy(() -> sender.send(message())).isInstanceOf(ProviderUnavailable.class).hasMessageContaining("503");
    }

    @Test
    void a_401_drops_the_cached_access_token_and_the_next_send_fetches_a_new_one() {
        answer(401, "{\"error\": {\"code\": 401, \"message\": \"Request had invalid authentication credentials.\", \"status\": \"UNAUTHENTICATED\"}}");
        assertThatThrownBy(() -> sender.send(message())).isInstanceOf(ProviderUnavailable.class);
        answer(200, "{\"name\":\"projects/demo-project/messages/1\"}");

        assertThat(sender.send(message())).isEqualTo(PushResult.ACCEPTED);
        fcm.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void a_refused_token_grant_is_provider_unavailable_and_nothing_is_sent() {
        fcm.stubFor(post(urlEqualTo(TOKEN)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}")));

        assertThatThrownBy(() -> sender.send(message())).isInstanceOf(ProviderUnavailable.class).hasMessageContaining("400");
        fcm.verify(0, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void fcm_without_project_or_key_file_fails_at_start_naming_the_variable_and_log_is_the_keyless_default() throws Exception {
        assertThatThrownBy(() -> yaml.readValue("type: fcm\ncredentialsFile: /x.json", PushSenderFactory.class).build(json))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FCM_PROJECT_ID");
        assertThatThrownBy(() -> yaml.readValue("type: fcm\nprojectId: p", PushSenderFactory.class).build(json))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FCM_CREDENTIALS_FILE");
        assertThatThrownBy(() -> yaml.readValue("type: fcm\nprojectId: p\ncredentialsFile: " + dir.resolve("none.json"),
                PushSenderFactory.class).build(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FCM_CREDENTIALS_FILE");
        PushSender log = yaml.readValue("type: log\nprojectId: ignored", PushSenderFactory.class).build(json);
        assertThat(log.send(message())).isEqualTo(PushResult.ACCEPTED);
        assertThat(LogPushSender.tail("abcdefghij")).isEqualTo("efghij");
    }
}
