package io.ensemble.integrations.banking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ensemble.banking.BankLinkProvider;
import io.ensemble.banking.ItemAccounts;
import io.ensemble.banking.LinkToken;
import io.ensemble.banking.LinkedItem;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ProviderNotConfigured;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contract test of the plaid adapter against WireMock answering like Plaid's API reference. */
class PlaidBankLinkProviderTest {
    @RegisterExtension
    static final WireMockExtension PLAID = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();
    private static final String ACCESS = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";

    private BankLinkProvider plaid;

    @BeforeEach
    void setUp() {
        plaid = PlaidFactories.pointedAt(PLAID.baseUrl(), Clock.systemUTC()).provider();
    }

    @Test
    void creates_a_link_token_for_the_user_with_keys_in_headers() {
        PLAID.stubFor(post("/link/token/create").willReturn(okJson(PlaidPayloads.LINK_TOKEN)));
        UUID user = UUID.randomUUID();

        LinkToken token = plaid.createLinkToken(user);

        assertThat(token.token()).isEqualTo("link-sandbox-af1a0311-da53-4636-b754-dd15cc058176");
        assertThat(token.expiration()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        PLAID.verify(postRequestedFor(urlEqualTo("/link/token/create"))
                .withHeader("PLAID-CLIENT-ID", equalTo("test-client-id"))
                .withHeader("PLAID-SECRET", equalTo("test-secret"))
                .withRequestBody(equalToJson("""
                        {"client_name": "Ensemble", "language": "en", "country_codes": ["US"],
                         "products": ["auth", "transactions"], "user": {"client_user_id": "%s"},
                         "webhook": "https://api.example.com/hooks"}""".formatted(user), true, true)));
    }

    @Test
    void exchanges_a_public_token_and_reads_the_accounts() {
        PLAID.stubFor(post("/item/public_token/exchange")
                .withRequestBody(equalToJson("{\"public_token\": \"public-sandbox-b0e2c4ee\"}", true, true))
                .willReturn(okJson(PlaidPayloads.EXCHANGE)));
        PLAID.stubFor(post("/accounts/get").withRequestBody(equalToJson("{\"access_token\": \"" + ACCESS + "\"}",
                true, true)).willReturn(okJson(PlaidPayloads.ACCOUNTS)));

        LinkedItem item = plaid.exchangePublicToken("public-sandbox-b0e2c4ee");
        ItemAccounts accounts = plaid.accounts(item.accessToken());

        assertThat(item.itemId()).isEqualTo("M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op");
        assertThat(item.accessToken()).isEqualTo(ACCESS);
        assertThat(item.toString()).doesNotContain(ACCESS);
        assertThat(accounts.institutionName()).isEqualTo("Chase");
        assertThat(accounts.accounts()).hasSize(2);
        assertThat(accounts.accounts().get(0).accountId()).isEqualTo("BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp");
        assertThat(accounts.accounts().get(0).mask()).isEqualTo("0000");
        assertThat(accounts.accounts().get(0).type()).isEqualTo("depository");
        assertThat(accounts.accounts().get(0).subtype()).contains("checking");
        assertThat(accounts.accounts().get(1).type()).isEqualTo("credit");
        assertThat(accounts.accounts().get(1).subtype()).contains("credit card");
    }

    @Test
    void removes_an_item_and_treats_an_unknown_item_as_removed() {
        PLAID.stubFor(post("/item/remove").willReturn(okJson(PlaidPayloads.REMOVED)));
        plaid.removeItem(ACCESS);
        PLAID.verify(postRequestedFor(urlEqualTo("/item/remove"))
                .withRequestBody(equalToJson("{\"access_token\": \"" + ACCESS + "\"}", true, true)));

        PLAID.stubFor(post("/item/remove").willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody(PlaidPayloads.error("ITEM_ERROR", "ITEM_NOT_FOUND",
                "the Item you requested cannot be found. This Item does not exist, has been previously removed via "
                        + "/item/remove, or has had access removed by the user", 400))));
        plaid.removeItem(ACCESS);
    }

    @Test
    void an_invalid_public_token_is_a_400_with_plaids_code() {
        stubError("/item/public_token/exchange", 400, "INVALID_INPUT", "INVALID_PUBLIC_TOKEN",
                "provided public token is in an invalid format. expected format: public-<environment>-<identifier>");

        Throwable e = catchThrowable(() -> plaid.exchangePublicToken("public-sandbox-nope"));

        assertThat(e).isInstanceOf(ValidationFailed.class);
        assertThat(((DomainException) e).code()).isEqualTo("INVALID_PUBLIC_TOKEN");
        assertThat(e.getMessage()).contains("start the bank link flow again");
    }

    @Test
    void item_login_required_is_a_conflict_asking_to_relink() {
        stubError("/accounts/get", 400, "ITEM_ERROR", "ITEM_LOGIN_REQUIRED",
                "the login details of this item have changed (credentials, MFA, or required user action) and a user "
                        + "login is required to update this information");

        Throwable e = catchThrowable(() -> plaid.accounts(ACCESS));

        assertThat(e).isInstanceOf(Conflict.class);
        assertThat(((DomainException) e).code()).isEqualTo("ITEM_LOGIN_REQUIRED");
    }

    @Test
    void rate_limits_server_errors_timeouts_and_bad_keys_are_mapped() {
        stubError("/accounts/get", 429, "RATE_LIMIT_EXCEEDED", "ACCOUNTS_LIMIT",
                "rate limit exceeded for attempts to access this item. please try again later");
        assertThat(catchThrowable(() -> plaid.accounts(ACCESS))).isInstanceOf(RateLimited.class)
                .extracting(t -> ((RateLimited) t).retryAfterSeconds()).isEqualTo(60L);

        stubError("/accounts/get", 500, "API_ERROR", "INTERNAL_SERVER_ERROR",
                "an unexpected error occurred");
        assertThat(catchThrowable(() -> plaid.accounts(ACCESS))).isInstanceOf(ProviderUnavailable.class)
                .extracting(t -> ((DomainException) t).code()).isEqualTo("PROVIDER_UNAVAILABLE");

        stubError("/link/token/create", 400, "INVALID_INPUT", "INVALID_API_KEYS",
                "invalid client_id or secret provided");
        assertThat(catchThrowable(() -> plaid.createLinkToken(UUID.randomUUID())))
                .isInstanceOf(ProviderUnavailable.class).hasMessageContaining("PLAID_SECRET");

        PLAID.stubFor(post("/accounts/get").willReturn(okJson(PlaidPayloads.ACCOUNTS).withFixedDelay(6000)));
        BankLinkProvider impatient = PlaidFactories.pointedAt(PLAID.baseUrl(), Clock.systemUTC(), "2 seconds")
                .provider();
        long started = System.nanoTime();
        assertThat(catchThrowable(() -> impatient.accounts(ACCESS))).isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("did not answer in time");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);

        PLAID.stubFor(post("/accounts/get").willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway")));
        assertThat(catchThrowable(() -> plaid.accounts(ACCESS))).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void without_keys_every_call_names_the_variables_to_set() {
        var linking = PlaidFactories.build(Map.of("type", "plaid", "clientId", "", "secret", "s"), Clock.systemUTC());

        Throwable e = catchThrowable(() -> linking.provider().createLinkToken(UUID.randomUUID()));

        assertThat(e).isInstanceOf(ProviderNotConfigured.class).hasMessageContaining("PLAID_CLIENT_ID")
                .hasMessageNotContaining("PLAID_SECRET");
        assertThat(((DomainException) e).code()).isEqualTo("PROVIDER_NOT_CONFIGURED");
        assertThat(catchThrowable(() -> linking.webhooks().verify(new byte[0], "x")))
                .isInstanceOf(ProviderNotConfigured.class);
        assertThat(PLAID.getAllServeEvents()).isEmpty();
        assertThat(Optional.of(linking.provider().name())).contains("plaid");
    }

    private static void stubError(String path, int status, String type, String code, String message) {
        PLAID.stubFor(post(path).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(PlaidPayloads.error(type, code, message, status))));
    }
}
