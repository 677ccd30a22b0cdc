package io.ensemble.app.banking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.ensemble.integrations.banking.PlaidSigner;
import java.time.Instant;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: {@code POST /api/v1/bank/webhooks/plaid} verified as Plaid's "Verify webhooks" says, with
 * the verification key served by a fake Plaid (WireMock); ITEM webhooks move the linked item's status.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PlaidWebhookRoutesTest {
    private static final int SMTP = FreePort.find();
    static final PlaidStub PLAID = new PlaidStub();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("bankLinking.type", "plaid"),
            ConfigOverride.config("bankLinking.clientId", "test-client-id"),
            ConfigOverride.config("bankLinking.secret", "test-secret"),
            ConfigOverride.config("bankLinking.apiBase", PLAID.baseUrl()));
    private static final String LOGIN_REQUIRED = """
            {
              "environment": "sandbox",
              "error": {
                "display_message": null,
                "error_code": "ITEM_LOGIN_REQUIRED",
                "error_message": "the login details of this item have changed (credentials, MFA, or required user action) and a user login is required to update this information. use Link's update mode to restore the item to a good state",
                "error_type": "ITEM_ERROR",
                "status": 400
              },
              "item_id": "%s",
              "webhook_code": "ERROR",
              "webhook_type": "ITEM"
            }""".formatted(PlaidStub.ITEM_ID);

    private Api api;
    private Accounts.Session owner;

    @AfterAll
    static void stopPlaid() {
        PLAID.server.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        PLAID.happyPath();
        Sql.execute("DELETE FROM bank_items WHERE provider = 'plaid'");
        owner = new RoleSessions(api, new Inbox(MAIL)).of("HOST");
        Reply linked = api.post("/api/v1/bank/exchange-token", Map.of("publicToken", PlaidStub.PUBLIC_TOKEN),
                owner.accessToken());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    }

    private Reply deliver(String body, String signature) {
        return api.sendRaw("POST", "/api/v1/bank/webhooks/plaid", body, null,
                signature == null ? Map.of() : Map.of("Plaid-Verification", signature));
    }

    private String status() {
        return api.get("/api/v1/bank/accounts", owner.accessToken()).data().path("accounts").get(0).path("status")
                .asText();
    }

    private static long events() {
        return Sql.count("SELECT count(*) FROM webhook_events WHERE provider = 'plaid'");
    }

    private void assertRefused(Reply r, String code, long eventsBefore) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("success").asBoolean(true)).isFalse();
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(status()).isEqualTo("ACTIVE");
    }

    @Test
    void a_verified_login_required_webhook_marks_the_item_for_reauth_once() {
        String signature = PLAID.signer.sign(LOGIN_REQUIRED, Instant.now());
        long before = events();

        Reply ok = deliver(LOGIN_REQUIRED, signature);

        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.data().path("itemUpdated").asBoolean()).isTrue();
        var account = api.get("/api/v1/bank/accounts", owner.accessToken()).data().path("accounts").get(0);
        assertThat(account.path("status").asText()).isEqualTo("LOGIN_REQUIRED");
        assertThat(account.path("needsReauth").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before + 1);

        Reply replay = deliver(LOGIN_REQUIRED, signature);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(400);
        assertThat(replay.code()).isEqualTo("WEBHOOK_REPLAYED");
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void pending_expiration_and_unknown_types_are_acknowledged() {
        String pending = """
                {"webhook_type": "ITEM", "webhook_code": "PENDING_EXPIRATION", "item_id": "%s",
                 "consent_expiration_time": "2026-12-01T00:00:00Z", "environment": "sandbox"}"""
                .formatted(PlaidStub.ITEM_ID);
        Reply r = deliver(pending, PLAID.signer.sign(pending, Instant.now()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(status()).isEqualTo("PENDING_EXPIRATION");

        String unknown = """
                {"webhook_type": "TRANSACTIONS", "webhook_code": "SYNC_UPDATES_AVAILABLE", "item_id": "%s",
                 "initial_update_complete": true, "historical_update_complete": false, "environment": "sandbox"}"""
                .formatted(PlaidStub.ITEM_ID);
        Reply ack = deliver(unknown, PLAID.signer.sign(unknown, Instant.now()));
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(ack.data().path("itemUpdated").asBoolean()).isFalse();
        assertThat(status()).isEqualTo("PENDING_EXPIRATION");
    }

    @Test
    void forged_stale_wrong_algorithm_mismatched_and_unknown_key_webhooks_are_400_and_change_nothing() {
        long before = events();
        String hash = PlaidSigner.sha256Hex(LOGIN_REQUIRED);
        String es256 = AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;

        PlaidSigner forger = new PlaidSigner(PLAID.signer.kid);
        assertRefused(deliver(LOGIN_REQUIRED, forger.sign(LOGIN_REQUIRED, Instant.now())),
                "WEBHOOK_SIGNATURE_INVALID", before);
        assertRefused(deliver(LOGIN_REQUIRED, PLAID.signer.sign(hash, Instant.now(), AlgorithmIdentifiers.HMAC_SHA256,
                PLAID.signer.kid)), "WEBHOOK_SIGNATURE_INVALID", before);
        assertRefused(deliver(LOGIN_REQUIRED, PLAID.signer.sign(LOGIN_REQUIRED, Instant.now().minusSeconds(400))),
                "WEBHOOK_SIGNATURE_INVALID", before);
        assertRefused(deliver(LOGIN_REQUIRED.replace("ITEM_LOGIN_REQUIRED", "INSTITUTION_DOWN"),
                PLAID.signer.sign(LOGIN_REQUIRED, Instant.now())), "WEBHOOK_SIGNATURE_INVALID", before);
        assertRefused(deliver(LOGIN_REQUIRED, PLAID.signer.sign(hash, Instant.now(), es256, "unknown-kid")),
                "WEBHOOK_SIGNATURE_INVALID", before);
        assertRefused(deliver(LOGIN_REQUIRED, null), "WEBHOOK_SIGNATURE_INVALID", before);

        PLAID.server.verify(1, postRequestedFor(urlEqualTo("/webhook_verification_key/get"))
                .withRequestBody(equalToJson("{\"key_id\": \"unknown-kid\"}", true, true)));
    }
}
