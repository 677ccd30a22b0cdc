package io.ensemble.integrations.banking;

import io.dropwizard.jackson.Jackson;
import java.time.Clock;
import java.util.Map;

/** Builds the {@code plaid} adapter the way config.yml does, from a map of its keys. */
final class PlaidFactories {
    private PlaidFactories() {
    }

    static BankLinking build(Map<String, Object> config, Clock clock) {
        return Jackson.newObjectMapper().convertValue(config, BankLinkingFactory.class).build(clock);
    }

    static BankLinking pointedAt(String baseUrl, Clock clock) {
        return pointedAt(baseUrl, clock, "10 seconds");
    }

    static BankLinking pointedAt(String baseUrl, Clock clock, String timeout) {
        return build(Map.of("type", "plaid", "clientId", "test-client-id", "secret", "test-secret",
                "apiBase", baseUrl, "timeout", timeout, "webhookUrl", "https://api.example.com/hooks"), clock);
    }
}
