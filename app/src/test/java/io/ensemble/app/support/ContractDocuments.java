package io.ensemble.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ContractValidator} of each running app, from the {@code /openapi.json} it serves, fetched once per
 * base URL. A base that serves no document (the admin port, a stub server) has none.
 */
final class ContractDocuments {
    private static final Map<String, Optional<ContractValidator>> BY_BASE = new ConcurrentHashMap<>();

    private ContractDocuments() {
    }

    /** @return the validator of the app at {@code base} (e.g. {@code http://127.0.0.1:8080}), if it serves a document */
    static Optional<ContractValidator> of(HttpClient http, String base) {
        return BY_BASE.computeIfAbsent(base, b -> fetch(http, b));
    }

    private static Optional<ContractValidator> fetch(HttpClient http, String base) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Optional.of(ContractValidator.of(r.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
