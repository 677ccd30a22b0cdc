package io.ensemble.integrations.scraping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Apify API error answers ({@code {"error": {"type": "…", "message": "…"}}}, Apify API v2 §Errors)
 * to the domain's typed errors: 401/403 bad token and 402 no credit or usage limit → 503
 * {@code PROVIDER_UNAVAILABLE} (an operator must act); 404 unknown actor → 503; 429 → {@link RateLimited}
 * with Apify's {@code Retry-After} (else 60 s); 5xx → 503; any other non-2xx → 502 {@code UPSTREAM_FAILED}.
 * Apify's own message goes to the log, not to our clients.
 */
final class ApifyErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApifyErrors.class);
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 60;

    private ApifyErrors() {
    }

    /** @throws io.ensemble.shared.errors.DomainException matching the status when it is not 2xx */
    static void throwIfError(HttpResponse<byte[]> response, ObjectMapper json) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        LOG.warn("Apify answered {} ({}) to {} {}", status, errorType(response, json), response.request().method(),
                response.request().uri().getPath());
        if (status == 401 || status == 403) {
            throw new ProviderUnavailable("Apify rejected our API token; the operator must check APIFY_TOKEN.");
        } else if (status == 402) {
            throw new ProviderUnavailable("The Apify account is out of credit or over its usage limit; try again later.");
        } else if (status == 404) {
            throw new ProviderUnavailable("Apify does not know the configured actor; the operator must check the actor ids.");
        } else if (status == 429) {
            long retryAfter = response.headers().firstValue("Retry-After")
                    .flatMap(ApifyErrors::seconds).orElse(DEFAULT_RETRY_AFTER_SECONDS);
            throw new RateLimited("The scraping provider is rate limiting us; try again later.", retryAfter);
        } else if (status >= 500) {
            throw new ProviderUnavailable("Apify is unavailable (HTTP " + status + "); try again later.");
        }
        throw new UpstreamFailed("UPSTREAM_FAILED", "Apify refused the request (HTTP " + status + ").");
    }

    private static String errorType(HttpResponse<byte[]> response, ObjectMapper json) {
        try {
            return json.readTree(response.body()).path("error").path("type").asText("unknown");
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable body";
        }
    }

    private static java.util.Optional<Long> seconds(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
