package io.ensemble.integrations.banking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.plaid.client.ApiClient;
import com.plaid.client.request.PlaidApi;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code bankLinking: {type: plaid, ...}} (env {@code BANK_LINKING=plaid}): Plaid through plaid-java.
 * {@code clientId}/{@code secret} ({@code PLAID_CLIENT_ID}, {@code PLAID_SECRET}) are required for the
 * routes to work; without them the service starts and the bank routes answer 503
 * {@code PROVIDER_NOT_CONFIGURED} naming the missing variable. {@code environment}
 * ({@code PLAID_ENV}: {@code sandbox} or {@code production}, the two environments Plaid runs; its
 * Development environment was retired) picks Plaid's host, and any other value stops the service at
 * startup with {@link #ENVIRONMENT_MESSAGE}; {@code apiBase} ({@code PLAID_API_BASE}) overrides the
 * host (tests point it at WireMock).
 */
@JsonTypeName("plaid")
@JsonIgnoreProperties(ignoreUnknown = true)
public class PlaidBankLinkingFactory implements BankLinkingFactory {
    /** Plaid's environments and their hosts (plaid.com/docs: Sandbox and Production). */
    private static final Map<String, String> HOSTS = Map.of(
            "sandbox", ApiClient.Sandbox,
            "production", ApiClient.Production);
    /** Why a configuration with another {@code environment} is refused (config validation and {@link #build}). */
    static final String ENVIRONMENT_MESSAGE = "(PLAID_ENV) must be sandbox or production"
            + " (Plaid retired its Development environment; use sandbox for test data, production for live banks)";

    @JsonProperty
    private String clientId = "";
    @JsonProperty
    private String secret = "";
    @JsonProperty
    @NotNull
    @Pattern(regexp = "sandbox|production", message = ENVIRONMENT_MESSAGE)
    private String environment = "sandbox";
    @JsonProperty
    private String apiBase = "";
    @JsonProperty
    @NotNull
    private String clientName = "Ensemble";
    @JsonProperty
    @NotNull
    private String products = "auth,transactions";
    @JsonProperty
    @NotNull
    private String countryCodes = "US";
    @JsonProperty
    @NotNull
    private String language = "en";
    @JsonProperty
    private String webhookUrl = "";
    @JsonProperty
    @NotNull
    private Duration timeout = Duration.seconds(10);

    /**
     * @return the Plaid adapter, or one answering 503 PROVIDER_NOT_CONFIGURED when keys are missing
     * @throws IllegalStateException naming {@code PLAID_ENV} when {@code environment} is not sandbox or production
     */
    @Override
    public BankLinking build(Clock clock) {
        if (environment == null || !HOSTS.containsKey(environment)) {
            throw new IllegalStateException("bankLinking.environment " + ENVIRONMENT_MESSAGE + ", not '"
                    + environment + "'");
        }
        List<String> missing = new ArrayList<>();
        if (blank(clientId)) {
            missing.add("PLAID_CLIENT_ID");
        }
        if (blank(secret)) {
            missing.add("PLAID_SECRET");
        }
        if (!missing.isEmpty()) {
            return BankLinking.notConfigured("plaid", "Plaid bank linking", missing);
        }
        PlaidApi api = client();
        var settings = new PlaidLinkSettings(clientName, list(products), list(countryCodes), language,
                Optional.ofNullable(webhookUrl));
        return new BankLinking(new PlaidBankLinkProvider(api, settings),
                new PlaidWebhookVerifier(new PlaidWebhookKeys(api, clock), clock));
    }

    /** @return the base URL calls go to: {@code apiBase} when set, else the host of {@code environment} */
    String baseUrl() {
        return blank(apiBase) ? HOSTS.get(environment) : apiBase.strip();
    }

    private PlaidApi client() {
        ApiClient client = new ApiClient(Map.of("clientId", clientId.strip(), "secret", secret.strip()));
        long millis = timeout.toMilliseconds();
        client.getOkBuilder().connectTimeout(millis, TimeUnit.MILLISECONDS).readTimeout(millis, TimeUnit.MILLISECONDS)
                .writeTimeout(millis, TimeUnit.MILLISECONDS).callTimeout(millis, TimeUnit.MILLISECONDS);
        client.setPlaidAdapter(baseUrl());
        return client.createService(PlaidApi.class);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
