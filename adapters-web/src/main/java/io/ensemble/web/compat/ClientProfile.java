package io.ensemble.web.compat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The seed app family a deployment serves besides the native {@code /api/v1} (DESIGN §Client
 * profiles): {@code clientProfile} in config.yml, {@code CLIENT_PROFILE=none|sioree|influmojo|idyll},
 * default {@code none}. At most one per deployment.
 */
public enum ClientProfile {
    NONE, SIOREE, INFLUMOJO, IDYLL;

    /** @return the lower-case config value, e.g. {@code sioree} */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a config value (any case; blank is {@code none}).
     *
     * @throws IllegalArgumentException naming the accepted values for anything else
     */
    @JsonCreator
    public static ClientProfile parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(p -> p.key().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("clientProfile must be one of "
                        + Arrays.stream(values()).map(ClientProfile::key).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }
}
