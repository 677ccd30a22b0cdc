package io.ensemble.integrations.idtokens;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How one provider's ID tokens are checked (issue 23 §2).
 *
 * @param jwksUrl where the provider publishes its signing keys, e.g. {@code https://www.googleapis.com/oauth2/v3/certs}
 * @param issuers accepted {@code iss} values
 * @param audiences accepted {@code aud} values: the app's client ids; empty means the provider is not configured
 * @param configVariable the environment variable that sets {@code audiences}, named when it is empty
 */
public record IdTokenIssuer(URI jwksUrl, List<String> issuers, List<String> audiences, String configVariable) {
    public IdTokenIssuer {
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        issuers = List.copyOf(issuers);
        audiences = audiences.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        Objects.requireNonNull(configVariable, "configVariable");
    }
}
