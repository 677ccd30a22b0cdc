package io.ensemble.integrations.banking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.UpstreamFailed;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Plaid error answer ({@code {error_type, error_code, error_message, display_message,
 * request_id}}, Plaid API docs "Errors") into the domain's typed errors:
 * {@code ITEM_LOGIN_REQUIRED} → 409 {@link Conflict}; {@code RATE_LIMIT_EXCEEDED} or HTTP 429 → 429
 * {@link RateLimited}; {@code INVALID_API_KEYS} → 503 (our configuration is wrong); {@code API_ERROR},
 * {@code INSTITUTION_ERROR} or HTTP 5xx → 503 {@link ProviderUnavailable}; {@code INVALID_INPUT},
 * {@code INVALID_REQUEST}, {@code INVALID_RESULT}, {@code ITEM_ERROR} → 400 {@link ValidationFailed}
 * carrying Plaid's {@code error_code} (e.g. {@code INVALID_PUBLIC_TOKEN}); anything else → 502.
 */
final class PlaidErrors {
    private static final Logger LOG = LoggerFactory.getLogger(PlaidErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seconds a client should wait after Plaid rate-limits us. */
    static final long RATE_LIMIT_RETRY_SECONDS = 60;
    private static final Set<String> CLIENT_ERROR_TYPES = Set.of("INVALID_INPUT", "INVALID_REQUEST", "INVALID_RESULT",
            "ITEM_ERROR");

    private PlaidErrors() {
    }

    /**
     * @param endpoint the Plaid path called, for the log
     * @param status the HTTP status Plaid answered
     * @param body the error body, possibly empty or not JSON
     * @return the domain error to throw
     */
    static DomainException from(String endpoint, int status, String body) {
        JsonNode error = parse(body);
        String type = error.path("error_type").asText("");
        String code = error.path("error_code").asText("");
        LOG.warn("Plaid {} answered {} {} {} (request_id {})", endpoint, status, type, code,
                error.path("request_id").asText("-"));
        if ("ITEM_LOGIN_REQUIRED".equals(code)) {
            return new Conflict("ITEM_LOGIN_REQUIRED",
                    "The bank needs you to sign in again: reopen the bank link flow for this account.");
        }
        if ("RATE_LIMIT_EXCEEDED".equals(type) || status == 429) {
            return new RateLimited("The bank link provider is busy; try again in a minute.", RATE_LIMIT_RETRY_SECONDS);
        }
        if ("INVALID_API_KEYS".equals(code)) {
            return new ProviderUnavailable("Plaid rejected the configured PLAID_CLIENT_ID / PLAID_SECRET.");
        }
        if ("API_ERROR".equals(type) || "INSTITUTION_ERROR".equals(type) || status >= 500) {
            return new ProviderUnavailable("The bank link provider is unavailable (" + (code.isEmpty() ? status : code)
                    + "); try again shortly.");
        }
        if (CLIENT_ERROR_TYPES.contains(type) && !code.isEmpty()) {
            return new ValidationFailed(code, message(code, error));
        }
        return new UpstreamFailed("UPSTREAM_FAILED", "The bank link provider refused the request ("
                + (code.isEmpty() ? "HTTP " + status : code) + ").");
    }

    private static String message(String code, JsonNode error) {
        return switch (code) {
            case "INVALID_PUBLIC_TOKEN" -> "The public token is invalid or expired; start the bank link flow again.";
            case "INVALID_ACCESS_TOKEN", "ITEM_NOT_FOUND" -> "This bank link is no longer valid; link the bank again.";
            default -> {
                String display = error.path("display_message").asText("");
                yield display.isBlank() ? "The bank link provider rejected the request (" + code + ")." : display;
            }
        };
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
