package io.ensemble.web.http;

import io.ensemble.shared.errors.NotFound;
import java.util.UUID;

/** Parses ids from URL paths: an id that is not a UUID names no resource, so it answers 404. */
public final class PathIds {
    private PathIds() {
    }

    /**
     * @param value the raw path segment
     * @return the UUID it spells (canonical 8-4-4-4-12 hex form, any case)
     * @throws NotFound when it is not a UUID
     */
    public static UUID uuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) {
                return id;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // fall through: not an id of anything
        }
        throw new NotFound("No such resource.");
    }
}
