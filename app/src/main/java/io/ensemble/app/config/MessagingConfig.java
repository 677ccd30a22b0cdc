package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.messaging.MessagingSettings;

/** The {@code messaging} section of config.yml (README §Configuration). */
public final class MessagingConfig {
    /** When true, a DIRECT chat needs an accepted connection (seeds/001); env {@code MESSAGING_REQUIRE_CONNECTION}. */
    @JsonProperty
    private boolean requireConnection = false;

    public boolean isRequireConnection() {
        return requireConnection;
    }

    /** @return the domain's view of this section */
    public MessagingSettings settings() {
        return new MessagingSettings(requireConnection);
    }
}
