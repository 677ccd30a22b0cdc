package io.ensemble.integrations.banking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ensemble.banking.BankWebhook;
import io.ensemble.banking.BankWebhookVerifier;
import io.ensemble.banking.ItemStatus;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plaid webhook verification ("Verify webhooks" in Plaid's API docs) against keys served by WireMock. */
class PlaidWebhookVerifierTest {
    @RegisterExtension
    static final WireMockExtension PLAID = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String BODY = """
            {
              "environment": "production",
              "error": {
                "display_message": null,
                "error_code": "ITEM_LOGIN_REQUIRED",
                "error_message": "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
                "error_type": "ITEM_ERROR",
                "status": 400
              },
              "item_id": "wz666MBjYWTp2PDzzggYhM6oWWmBb",
              "webhook_code": "ERROR",
              "webhook_type": "ITEM"
            }""";

    private final PlaidSigner plaidKey = new PlaidSigner("6c5516e1-92dc-479e-a8ff-5a51992e0001");
    private final MutableClock clock = new MutableClock(NOW);
    private BankWebhookVerifier verifier;

    @BeforeEach
    void setUp() {
        PLAID.stubFor(post("/webhook_verification_key/get").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(PlaidPayloads.error("INVALID_INPUT",
                        "INVALID_WEBHOOK_VERIFICATION_KEY_ID", "invalid key_id provided", 400))));
        PLAID.stubFor(post("/webhook_verification_key/get")
                .withRequestBody(equalToJson("{\"key_id\": \"" + plaidKey.kid + "\"}", true, true))
                .willReturn(okJson(plaidKey.keyResponse())));
        verifier = PlaidFactories.pointedAt(PLAID.baseUrl(), clock).webhooks();
    }

    private BankWebhook verify(String body, String header) {
        return verifier.verify(body.getBytes(StandardCharsets.UTF_8), header);
    }

    private static void assertRejected(Throwable e, String messagePart) {
        assertThat(e).isInstanceOf(ValidationFailed.class).hasMessageContaining(messagePart);
        assertThat(((DomainException) e).code()).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
    }

    @Test
    void a_valid_item_login_required_webhook_is_verified_and_interpreted() {
        String header = plaidKey.sign(BODY, NOW.minusSeconds(10));

        BankWebhook hook = verify(BODY, header);

        assertThat(hook.provider()).isEqualTo("plaid");
        assertThat(hook.type()).isEqualTo("ITEM");
        assertThat(hook.code()).isEqualTo("ERROR");
        assertThat(hook.providerItemId()).contains("wz666MBjYWTp2PDzzggYhM6oWWmBb");
        assertThat(hook.newStatus()).contains(ItemStatus.LOGIN_REQUIRED);
        assertThat(hook.dedupeKey()).hasSize(64).isEqualTo(verify(BODY, header).dedupeKey());
    }

    @Test
    void the_key_is_fetched_once_and_then_served_from_the_cache() {
        verify(BODY, plaidKey.sign(BODY, NOW));
        verify(BODY, plaidKey.sign(BODY, NOW.minusSeconds(1)));
        PLAID.verify(1, postRequestedFor(urlEqualTo("/webhook_verification_key/get"))
                .withRequestBody(equalToJson("{\"key_id\": \"" + plaidKey.kid + "\"}", true, true)));

        clock.advance(PlaidWebhookKeys.REFRESH.plusMinutes(1));
        verify(BODY, plaidKey.sign(BODY, clock.instant()));
        PLAID.verify(2, postRequestedFor(urlEqualTo("/webhook_verification_key/get")));
    }

    @Test
    void a_signature_from_another_key_with_the_same_kid_is_refused() {
        PlaidSigner forger = new PlaidSigner(plaidKey.kid);

        assertRejected(catchThrowable(() -> verify(BODY, forger.sign(BODY, NOW))), "signature is invalid");
    }

    @Test
    void an_algorithm_other_than_es256_is_refused_before_any_key_is_fetched() {
        String hs256 = plaidKey.sign(PlaidSigner.sha256Hex(BODY), NOW, AlgorithmIdentifiers.HMAC_SHA256,
                plaidKey.kid);
        String none = plaidKey.sign(PlaidSigner.sha256Hex(BODY), NOW, AlgorithmIdentifiers.NONE, plaidKey.kid);

        assertRejected(catchThrowable(() -> verify(BODY, hs256)), "ES256");
        assertRejected(catchThrowable(() -> verify(BODY, none)), "ES256");
        PLAID.verify(0, postRequestedFor(urlEqualTo("/webhook_verification_key/get")));
    }

    @Test
    void a_webhook_older_than_five_minutes_is_refused() {
        assertThat(verify(BODY, plaidKey.sign(BODY, NOW.minusSeconds(299))).type()).isEqualTo("ITEM");

        assertRejected(catchThrowable(() -> verify(BODY, plaidKey.sign(BODY, NOW.minusSeconds(301)))), "too old");
        assertRejected(catchThrowable(() -> verify(BODY, plaidKey.sign(BODY, NOW.plusSeconds(600)))), "too old");
    }

    @Test
    void a_body_that_does_not_match_its_hash_is_refused() {
        String header = plaidKey.sign(BODY, NOW);
        String tampered = BODY.replace("wz666MBjYWTp2PDzzggYhM6oWWmBb", "someone-elses-item");

        assertRejected(catchThrowable(() -> verify(tampered, header)), "does not match");
        assertRejected(catchThrowable(() -> verify(BODY, plaidKey.sign("", NOW.minusSeconds(1)))), "does not match");
    }

    @Test
    void an_unknown_kid_is_refused_and_remembered_for_a_while() {
        String header = plaidKey.sign(PlaidSigner.sha256Hex(BODY), NOW,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, "not-a-plaid-key");

        assertRejected(catchThrowable(() -> verify(BODY, header)), "unknown key");
        assertRejected(catchThrowable(() -> verify(BODY, header)), "unknown key");
        PLAID.verify(1, postRequestedFor(urlEqualTo("/webhook_verification_key/get"))
                .withRequestBody(equalToJson("{\"key_id\": \"not-a-plaid-key\"}", true, true)));
    }

    @Test
    void missing_or_garbage_headers_are_refused_and_plaid_down_is_a_503() {
        assertRejected(catchThrowable(() -> verify(BODY, null)), "missing");
        assertRejected(catchThrowable(() -> verify(BODY, "  ")), "missing");
        assertRejected(catchThrowable(() -> verify(BODY, "not.a.jwt")), "not a signed JWT");

        PLAID.stubFor(post("/webhook_verification_key/get").willReturn(aResponse().withStatus(503)
                .withBody(PlaidPayloads.error("API_ERROR", "PLANNED_MAINTENANCE", "maintenance", 503))));
        String other = plaidKey.sign(PlaidSigner.sha256Hex(BODY), NOW,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, "rotated-key");
        assertThat(catchThrowable(() -> verify(BODY, other))).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void item_webhook_codes_map_to_statuses_and_other_types_change_nothing() {
        assertThat(PlaidWebhookVerifier.status("ITEM", "PENDING_EXPIRATION", "")).contains(ItemStatus.PENDING_EXPIRATION);
        assertThat(PlaidWebhookVerifier.status("ITEM", "PENDING_DISCONNECT", "")).contains(ItemStatus.PENDING_EXPIRATION);
        assertThat(PlaidWebhookVerifier.status("ITEM", "USER_PERMISSION_REVOKED", "")).contains(ItemStatus.REVOKED);
        assertThat(PlaidWebhookVerifier.status("ITEM", "LOGIN_REPAIRED", "")).contains(ItemStatus.ACTIVE);
        assertThat(PlaidWebhookVerifier.status("ITEM", "ERROR", "INSTITUTION_DOWN")).isEmpty();
        assertThat(PlaidWebhookVerifier.status("TRANSACTIONS", "SYNC_UPDATES_AVAILABLE", "")).isEmpty();
    }
}
