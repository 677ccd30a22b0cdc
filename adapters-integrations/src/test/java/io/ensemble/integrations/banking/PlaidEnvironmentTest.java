package io.ensemble.integrations.banking;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.plaid.client.ApiClient;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.validation.BaseValidator;
import jakarta.validation.ConstraintViolation;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PLAID_ENV}: Plaid runs two environments, Sandbox and Production (its Development environment
 * was retired), so only {@code sandbox} and {@code production} are accepted; anything else is refused
 * with a message naming PLAID_ENV, and {@code PLAID_API_BASE} still overrides the host.
 */
class PlaidEnvironmentTest {
    @RegisterExtension
    static final WireMockExtension PLAID = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static PlaidBankLinkingFactory factory(String environment, String apiBase) {
        Map<String, Object> config = new HashMap<>(Map.of("type", "plaid", "clientId", "test-client-id",
                "secret", "test-secret", "environment", environment, "apiBase", apiBase));
        return (PlaidBankLinkingFactory) Jackson.newObjectMapper().convertValue(config, BankLinkingFactory.class);
    }

    private static Set<ConstraintViolation<PlaidBankLinkingFactory>> violations(PlaidBankLinkingFactory f) {
        return BaseValidator.newValidator().validate(f);
    }

    @Test
    void sandbox_and_production_pick_plaids_hosts() {
        assertThat(violations(factory("sandbox", ""))).isEmpty();
        assertThat(violations(factory("production", ""))).isEmpty();
        assertThat(factory("sandbox", "").baseUrl()).isEqualTo(ApiClient.Sandbox).isEqualTo("https://sandbox.plaid.com");
        assertThat(factory("production", "").baseUrl()).isEqualTo(ApiClient.Production)
                .isEqualTo("https://production.plaid.com");
    }

    @Test
    void the_retired_development_environment_and_unknown_names_are_refused_naming_plaid_env() {
        for (String bad : new String[] {"development", "staging", "Sandbox", ""}) {
            PlaidBankLinkingFactory f = factory(bad, "");

            assertThat(violations(f)).as(bad).singleElement().satisfies(v -> {
                assertThat(v.getPropertyPath().toString()).isEqualTo("environment");
                assertThat(v.getMessage()).contains("PLAID_ENV").contains("sandbox or production");
            });
            Throwable thrown = catchThrowable(() -> f.build(Clock.systemUTC()));
            assertThat(thrown).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PLAID_ENV").hasMessageContaining("sandbox or production");
        }
    }

    @Test
    void plaid_api_base_still_overrides_the_host_of_production() {
        PLAID.stubFor(post("/link/token/create").willReturn(okJson(PlaidPayloads.LINK_TOKEN)));
        PlaidBankLinkingFactory f = factory("production", PLAID.baseUrl());
        assertThat(f.baseUrl()).isEqualTo(PLAID.baseUrl());

        f.build(Clock.systemUTC()).provider().createLinkToken(UUID.randomUUID());

        PLAID.verify(1, postRequestedFor(urlEqualTo("/link/token/create")));
    }
}
