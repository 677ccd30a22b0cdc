package io.ensemble.app.banking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ensemble.integrations.banking.PlaidSigner;

/**
 * A fake Plaid API on a free port answering like the examples in Plaid's API reference
 * ({@code /link/token/create}, {@code /item/public_token/exchange}, {@code /accounts/get},
 * {@code /item/remove}, {@code /webhook_verification_key/get}, and the error object).
 */
public final class PlaidStub {
    public static final String PUBLIC_TOKEN = "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d";
    public static final String ACCESS_TOKEN = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";
    static final String ITEM_ID = "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op";
    static final String LINK_TOKEN = "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176";

    public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    final PlaidSigner signer = new PlaidSigner("6c5516e1-92dc-479e-a8ff-5a51992e0001");

    public PlaidStub() {
        server.start();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** @return the app overrides for {@code BANK_LINKING=plaid} with test keys against this stub, then {@code extra} */
    public io.dropwizard.testing.ConfigOverride[] overrides(io.dropwizard.testing.ConfigOverride... extra) {
        java.util.List<io.dropwizard.testing.ConfigOverride> all = new java.util.ArrayList<>(java.util.List.of(
                io.dropwizard.testing.ConfigOverride.config("bankLinking.type", "plaid"),
                io.dropwizard.testing.ConfigOverride.config("bankLinking.clientId", "test-client-id"),
                io.dropwizard.testing.ConfigOverride.config("bankLinking.secret", "test-secret"),
                io.dropwizard.testing.ConfigOverride.config("bankLinking.apiBase", baseUrl())));
        all.addAll(java.util.List.of(extra));
        return all.toArray(io.dropwizard.testing.ConfigOverride[]::new);
    }

    /** Resets the stubs to the happy path: every endpoint answers as in Plaid's docs. */
    public void happyPath() {
        server.resetAll();
        server.stubFor(post("/link/token/create").willReturn(okJson("""
                {"expiration": "2026-11-23T14:00:00Z", "link_token": "%s", "request_id": "XQVgFigpGHXkb0b"}"""
                .formatted(LINK_TOKEN))));
        server.stubFor(post("/item/public_token/exchange")
                .withRequestBody(equalToJson("{\"public_token\": \"" + PUBLIC_TOKEN + "\"}", true, true))
                .willReturn(okJson("""
                        {"access_token": "%s", "item_id": "%s", "request_id": "Aim3b"}"""
                        .formatted(ACCESS_TOKEN, ITEM_ID))));
        server.stubFor(post("/item/public_token/exchange").atPriority(10).willReturn(error(400, "INVALID_INPUT",
                "INVALID_PUBLIC_TOKEN", "provided public token is expired. Public tokens expire 30 minutes after creation "
                        + "at which point they can no longer be exchanged")));
        server.stubFor(post("/accounts/get")
                .withRequestBody(equalToJson("{\"access_token\": \"" + ACCESS_TOKEN + "\"}", true, true))
                .willReturn(okJson(ACCOUNTS)));
        server.stubFor(post("/item/remove").willReturn(okJson("{\"request_id\": \"m8MDnv9okwxFNBV\"}")));
        server.stubFor(post("/webhook_verification_key/get").atPriority(10).willReturn(error(400, "INVALID_INPUT",
                "INVALID_WEBHOOK_VERIFICATION_KEY_ID", "invalid key_id provided")));
        server.stubFor(post("/webhook_verification_key/get")
                .withRequestBody(equalToJson("{\"key_id\": \"" + signer.kid + "\"}", true, true))
                .willReturn(okJson(signer.keyResponse())));
    }

    /** @return a Plaid error answer (Plaid API docs, "Errors") */
    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String type, String code,
                                                                                 String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"display_message": null, "documentation_url": "https://plaid.com/docs/errors/",
                 "error_code": "%s", "error_message": "%s", "error_type": "%s",
                 "request_id": "HNTDNrA8F1shFEW", "causes": [], "status": %d, "suggested_action": null}"""
                .formatted(code, message, type, status));
    }

    private static final String ACCOUNTS = """
            {
              "accounts": [
                {
                  "account_id": "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
                  "balances": {"available": 100, "current": 110, "iso_currency_code": "USD", "limit": null,
                               "unofficial_currency_code": null},
                  "mask": "0000",
                  "name": "Plaid Checking",
                  "official_name": "Plaid Gold Standard 0% Interest Checking",
                  "subtype": "checking",
                  "type": "depository"
                },
                {
                  "account_id": "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK",
                  "balances": {"available": 200, "current": 210, "iso_currency_code": "USD", "limit": null,
                               "unofficial_currency_code": null},
                  "mask": "1111",
                  "name": "Plaid Saving",
                  "official_name": "Plaid Silver Standard 0.1% Interest Saving",
                  "subtype": "savings",
                  "type": "depository"
                }
              ],
              "item": {
                "available_products": ["balance", "identity"],
                "billed_products": ["auth", "transactions"],
                "consent_expiration_time": null,
                "error": null,
                "institution_id": "ins_3",
                "institution_name": "Chase",
                "item_id": "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
                "update_type": "background",
                "webhook": "https://www.genericwebhookurl.com/webhook"
              },
              "request_id": "bkVE1BHWMAZ9Rnr"
            }""";
}
