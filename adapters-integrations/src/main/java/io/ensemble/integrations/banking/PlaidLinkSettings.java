package io.ensemble.integrations.banking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code /link/token/create} is called with (Plaid API docs, "/link/token/create").
 *
 * @param clientName the app name Link shows, e.g. "Sioree"
 * @param products Plaid products, e.g. {@code auth}, {@code transactions}
 * @param countryCodes e.g. {@code US}
 * @param language e.g. {@code en}
 * @param webhookUrl where Plaid sends item webhooks, when set
 */
public record PlaidLinkSettings(String clientName, List<String> products, List<String> countryCodes, String language,
                                Optional<String> webhookUrl) {
    public PlaidLinkSettings {
        Objects.requireNonNull(clientName, "clientName");
        products = List.copyOf(products);
        countryCodes = List.copyOf(countryCodes);
        Objects.requireNonNull(language, "language");
        webhookUrl = webhookUrl.filter(u -> !u.isBlank());
    }
}
