package io.ensemble.integrations.scraping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Lenient readers of dataset item fields: scrapers omit fields or send nulls, never fail on that. */
final class ApifyItems {
    private ApifyItems() {
    }

    /** @return the field as text (numbers as their decimal form), empty when absent or null */
    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() || v.isNumber() ? v.asText() : "";
    }

    /** @return the field as a non-negative count, 0 when absent, null, negative or not a number */
    static long count(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? Math.max(0, v.asLong()) : 0;
    }

    /** @return the field as an ISO-8601 instant, empty when absent or unreadable */
    static Optional<Instant> instant(JsonNode node, String field) {
        String v = text(node, field);
        try {
            return v.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
