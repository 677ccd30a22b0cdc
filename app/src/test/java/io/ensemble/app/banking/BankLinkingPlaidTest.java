package io.ensemble.app.banking;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end: bank linking with {@code BANK_LINKING=plaid} pointed at a fake Plaid (WireMock, payloads
 * shaped like Plaid's API reference), through the running app over HTTP against PostgreSQL.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BankLinkingPlaidTest {
    private static final int SMTP = FreePort.find();
    static final PlaidStub PLAID = new PlaidStub();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);
    static final DropwizardAppExtension<EnsembleConfiguration> APP = EnsembleTestApp.app(SMTP,
            ConfigOverride.config("bankLinking.type", "plaid"),
            ConfigOverride.config("bankLinking.clientId", "test-client-id"),
            ConfigOverride.config("bankLinking.secret", "test-secret"),
            ConfigOverride.config("bankLinking.apiBase", PLAID.baseUrl()),
            ConfigOverride.config("bankLinking.clientName", "Sioree"),
            ConfigOverride.config("bankLinking.timeout", "5 seconds"));

    private Api api;
    private RoleSessions sessions;

    @AfterAll
    static void stopPlaid() {
        PLAID.server.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(APP.getLocalPort());
        sessions = new RoleSessions(api, new Inbox(MAIL));
        PLAID.happyPath();
        Sql.execute("DELETE FROM bank_items WHERE provider = 'plaid'");
    }

    private Reply exchange(Accounts.Session as, String publicToken) {
        return api.post("/api/v1/bank/exchange-token", Map.of("publicToken", publicToken), as.accessToken());
    }

    private Reply exchange(Accounts.Session as, String publicToken, String idempotencyKey) {
        return api.sendRaw("POST", "/api/v1/bank/exchange-token", Api.toJson(Map.of("publicToken", publicToken)),
                as.accessToken(), Map.of("Idempotency-Key", idempotencyKey));
    }

    private static long plaidRows() {
        return Sql.count("SELECT count(*) FROM bank_items WHERE provider = 'plaid'")
                + Sql.count("SELECT count(*) FROM bank_accounts a JOIN bank_items i ON i.id = a.item_id"
                + " WHERE i.provider = 'plaid'");
    }

    private static void assertError(Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.json().path("success").asBoolean(true)).as(r.toString()).isFalse();
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.json().path("message").asText()).isNotBlank();
        assertThat(r.raw()).doesNotContain(PlaidStub.ACCESS_TOKEN);
    }

    @Test
    void a_user_links_a_chase_account_through_plaid_and_unlinking_removes_the_item_at_plaid() {
        Accounts.Session host = sessions.of("HOST");

        Reply link = api.post("/api/v1/bank/link-token", Map.of(), host.accessToken());
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        assertThat(link.data().path("linkToken").asText()).isEqualTo(PlaidStub.LINK_TOKEN);
        assertThat(link.data().path("expiration").asText()).isEqualTo("2026-11-23T14:00:00Z");
        PLAID.server.verify(postRequestedFor(urlEqualTo("/link/token/create"))
                .withHeader("PLAID-CLIENT-ID", equalTo("test-client-id"))
                .withHeader("PLAID-SECRET", equalTo("test-secret"))
                .withRequestBody(equalToJson("{\"client_name\": \"Sioree\", \"user\": {\"client_user_id\": \""
                        + host.userId() + "\"}, \"country_codes\": [\"US\"], \"language\": \"en\"}", true, true)));

        Reply linked = exchange(host, PlaidStub.PUBLIC_TOKEN);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.data().path("account").path("bankName").asText()).isEqualTo("Chase");
        assertThat(linked.data().path("account").path("accountType").asText()).isEqualTo("checking");
        assertThat(linked.data().path("account").path("last4").asText()).isEqualTo("0000");
        assertThat(linked.data().path("account").path("name").asText()).isEqualTo("Plaid Checking");
        assertThat(linked.raw()).doesNotContain(PlaidStub.ACCESS_TOKEN).doesNotContain(PlaidStub.ITEM_ID);

        byte[] stored = SqlBytes.one("SELECT access_token_ciphertext FROM bank_items WHERE provider_item_id = ?",
                PlaidStub.ITEM_ID);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("access-sandbox");
        assertThat(Sql.count("SELECT count(*) FROM bank_accounts WHERE user_id = ? AND mask IN ('0000', '1111')",
                UUID.fromString(host.userId()))).isEqualTo(2);

        var accounts = api.get("/api/v1/bank/accounts", host.accessToken()).data().path("accounts");
        assertThat(accounts).hasSize(2);
        for (var a : accounts) {
            assertThat(api.sendRaw("DELETE", "/api/v1/bank/accounts/" + a.path("id").asText(), null,
                    host.accessToken(), Map.of()).status()).isEqualTo(200);
        }
        PLAID.server.verify(1, postRequestedFor(urlEqualTo("/item/remove"))
                .withRequestBody(equalToJson("{\"access_token\": \"" + PlaidStub.ACCESS_TOKEN + "\"}", true, true)));
        assertThat(plaidRows()).isZero();
    }

    @Test
    void plaid_errors_become_clear_api_errors_and_nothing_is_stored() {
        Accounts.Session host = sessions.of("HOST");

        assertError(exchange(host, "public-sandbox-expired-token"), 400, "INVALID_PUBLIC_TOKEN");

        PLAID.server.stubFor(post("/accounts/get").willReturn(PlaidStub.error(400, "ITEM_ERROR",
                "ITEM_LOGIN_REQUIRED", "the login details of this item have changed")));
        assertError(exchange(host, PlaidStub.PUBLIC_TOKEN), 409, "ITEM_LOGIN_REQUIRED");
        PLAID.server.verify(postRequestedFor(urlEqualTo("/item/remove"))
                .withRequestBody(matchingJsonPath("$.access_token", equalTo(PlaidStub.ACCESS_TOKEN))));

        PLAID.server.stubFor(post("/accounts/get").willReturn(PlaidStub.error(429, "RATE_LIMIT_EXCEEDED",
                "ACCOUNTS_LIMIT", "rate limit exceeded for attempts to access this item")));
        Reply limited = exchange(host, PlaidStub.PUBLIC_TOKEN);
        assertError(limited, 429, "RATE_LIMITED");
        assertThat(limited.header("Retry-After")).isEqualTo("60");

        PLAID.server.stubFor(post("/link/token/create").willReturn(PlaidStub.error(500, "API_ERROR",
                "INTERNAL_SERVER_ERROR", "an unexpected error occurred")));
        assertError(api.post("/api/v1/bank/link-token", Map.of(), host.accessToken()), 503, "PROVIDER_UNAVAILABLE");

        PLAID.server.stubFor(post("/link/token/create").willReturn(okJson("{}").withFixedDelay(8000)));
        assertError(api.post("/api/v1/bank/link-token", Map.of(), host.accessToken()), 503, "PROVIDER_UNAVAILABLE");

        assertThat(plaidRows()).isZero();
    }

    @Test
    void when_plaid_cannot_remove_the_item_the_account_stays_linked() {
        Accounts.Session host = sessions.of("TALENT");
        Reply linked = exchange(host, PlaidStub.PUBLIC_TOKEN);
        assertThat(linked.status()).isEqualTo(201);
        String first = linked.data().path("accounts").get(0).path("id").asText();
        String second = linked.data().path("accounts").get(1).path("id").asText();
        assertThat(api.sendRaw("DELETE", "/api/v1/bank/accounts/" + first, null, host.accessToken(), Map.of())
                .status()).isEqualTo(200);
        PLAID.server.stubFor(post("/item/remove").willReturn(PlaidStub.error(500, "API_ERROR",
                "INTERNAL_SERVER_ERROR", "an unexpected error occurred")));

        assertError(api.sendRaw("DELETE", "/api/v1/bank/accounts/" + second, null, host.accessToken(), Map.of()),
                503, "PROVIDER_UNAVAILABLE");

        assertThat(api.get("/api/v1/bank/accounts", host.accessToken()).data().path("accounts")).hasSize(1);
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE provider = 'plaid'")).isEqualTo(1);
    }

    @Test
    void a_replayed_idempotency_key_answers_from_storage_without_a_second_exchange_at_plaid() {
        Accounts.Session host = sessions.of("HOST");

        Reply first = exchange(host, PlaidStub.PUBLIC_TOKEN, "plaid-link-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        // Plaid public tokens are single-use: from now on Plaid refuses this one.
        PLAID.server.stubFor(post("/item/public_token/exchange").atPriority(1).willReturn(PlaidStub.error(400,
                "INVALID_INPUT", "INVALID_PUBLIC_TOKEN", "provided public token is expired")));

        Reply replay = exchange(host, PlaidStub.PUBLIC_TOKEN, "plaid-link-1");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data()).isEqualTo(first.data());
        PLAID.server.verify(1, postRequestedFor(urlEqualTo("/item/public_token/exchange")));
        PLAID.server.verify(1, postRequestedFor(urlEqualTo("/accounts/get")));

        assertError(exchange(host, "public-sandbox-another-token", "plaid-link-1"), 422, "IDEMPOTENCY_KEY_REUSED");
        PLAID.server.verify(1, postRequestedFor(urlEqualTo("/item/public_token/exchange")));
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE provider = 'plaid'")).isEqualTo(1);

        assertError(exchange(host, PlaidStub.PUBLIC_TOKEN), 400, "INVALID_PUBLIC_TOKEN");
        PLAID.server.verify(2, postRequestedFor(urlEqualTo("/item/public_token/exchange")));
    }

    @Test
    void another_callers_same_key_is_not_replayed_and_reaches_plaid() {
        Accounts.Session host = sessions.of("HOST");
        Accounts.Session partier = sessions.of("PARTIER");
        assertThat(exchange(host, PlaidStub.PUBLIC_TOKEN, "same-key").status()).isEqualTo(201);

        assertError(exchange(partier, PlaidStub.PUBLIC_TOKEN, "same-key"), 409, "BANK_ITEM_ALREADY_LINKED");
        PLAID.server.verify(2, postRequestedFor(urlEqualTo("/item/public_token/exchange")));
        assertThat(Sql.count("SELECT count(*) FROM bank_items WHERE provider = 'plaid' AND user_id = ?",
                UUID.fromString(partier.userId()))).isZero();
    }
}
