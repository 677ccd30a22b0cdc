package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads fields of an inbound event's {@code data} object (also for a client profile's {@link SocketDialect}); wrong types are {@link ValidationFailed}. */
public final class InboundData {
    private final JsonNode data;

    public InboundData(JsonNode data) {
        this.data = data == null || data.isNull() || data.isMissingNode() ? null : data;
        if (this.data != null && !this.data.isObject()) {
            throw new ValidationFailed(List.of(new FieldError("data", "must be a JSON object")));
        }
    }

    /** @return the first present text field among {@code names} */
    public Optional<String> text(String... names) {
        for (String name : names) {
            JsonNode v = data == null ? null : data.get(name);
            if (v != null && !v.isNull()) {
                if (!v.isTextual()) {
                    throw new ValidationFailed(List.of(new FieldError(name, "must be a string")));
                }
                return Optional.of(v.asText());
            }
        }
        return Optional.empty();
    }

    /** @return the id in the first present field; an id that is not a UUID cannot name anything: {@link NotFound} */
    public Optional<UUID> id(String... names) {
        return text(names).map(s -> {
            try {
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                throw new NotFound("Not found: " + names[0] + ".");
            }
        });
    }

    /** @return the whole-number field, empty when absent. @throws ValidationFailed when it is not one */
    public Optional<Long> number(String name) {
        JsonNode v = data == null ? null : data.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw new ValidationFailed(List.of(new FieldError(name, "must be a whole number")));
        }
        return Optional.of(v.longValue());
    }

    /** @return the boolean field, or {@code fallback} when absent */
    public boolean bool(String name, boolean fallback) {
        JsonNode v = data == null ? null : data.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ValidationFailed(List.of(new FieldError(name, "must be a boolean")));
        }
        return v.booleanValue();
    }

    /** @return the array of strings, or null when absent */
    public List<String> strings(String name) {
        JsonNode v = data == null ? null : data.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw new ValidationFailed(List.of(new FieldError(name, "must be an array of strings")));
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.isTextual() ? e.asText() : null));
        return out;
    }
}
