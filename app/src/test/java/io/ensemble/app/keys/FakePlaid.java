package io.ensemble.app.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;

/**
 * A fake Plaid (WireMock; bodies shaped like Plaid's API reference) with one item and one account, so a
 * test can store an encrypted access token through one node and see another node decrypt it: unlinking
 * sends the plaintext token to {@code /item/remove}.
 */
public final class FakePlaid {
    public static final String PUBLIC_TOKEN = "public-sandbox-5c224a01-8314-4491-a06f-39e193d5cddc";
    public static final String ACCESS_TOKEN = "access-sandbox-8ab976e6-64bc-4b38-98f7-731e7a349970";
    static final String ITEM_ID = "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr";

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public FakePlaid() {
        server.start();
        server.stubFor(post("/item/public_token/exchange")
                .withRequestBody(equalToJson("{\"public_token\": \"" + PUBLIC_TOKEN + "\"}", true, true))
                .willReturn(okJson("{\"access_token\": \"" + ACCESS_TOKEN + "\", \"item_id\": \"" + ITEM_ID
                        + "\", \"request_id\": \"Aim3b\"}")));
        server.stubFor(post("/accounts/get")
                .withRequestBody(equalToJson("{\"access_token\": \"" + ACCESS_TOKEN + "\"}", true, true))
                .willReturn(okJson("""
                        {"accounts": [{"account_id": "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp",
                          "balances": {"available": 100, "current": 110, "iso_currency_code": "USD", "limit": null,
                                       "unofficial_currency_code": null},
                          "mask": "0000", "name": "Plaid Checking", "official_name": null,
                          "subtype": "checking", "type": "depository"}],
                         "item": {"available_products": [], "billed_products": ["auth"], "error": null,
                          "institution_id": "ins_3", "institution_name": "Chase", "item_id": "%s", "webhook": null},
                         "request_id": "bkVE1BHWMAZ9Rnr"}""".formatted(ITEM_ID))));
        server.stubFor(post("/item/remove").willReturn(okJson("{\"request_id\": \"m8MDnv9okwxFNBV\"}")));
    }

    /** @return the node settings that point bank linking at this fake */
    public Map<String, String> settings() {
        return Map.of("bankLinking.type", "plaid", "bankLinking.clientId", "test-client-id",
                "bankLinking.secret", "test-secret", "bankLinking.apiBase", server.baseUrl(),
                "bankLinking.timeout", "5 seconds");
    }

    /** @return how many times {@code /item/remove} received the plaintext access token */
    int removalsWithTheToken() {
        return server.findAll(postRequestedFor(urlEqualTo("/item/remove"))
                .withRequestBody(equalToJson("{\"access_token\": \"" + ACCESS_TOKEN + "\"}", true, true))).size();
    }

    public void stop() {
        server.stop();
    }
}
