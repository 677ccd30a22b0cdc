package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.ensemble.agency.AgencySettings;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** The {@code agency} section of config.yml (issue 22 §1, seeds/003 Idyll Productions). */
public final class AgencyConfig {
    /**
     * The client app's set-password page, e-mailed to invited members with {@code ?token=…}; env
     * {@code AGENCY_SET_PASSWORD_URL}.
     */
    @JsonProperty
    @NotBlank
    private String setPasswordUrl = "http://localhost:5173/set-password";
    /** Signs the agency's e-mails; env {@code AGENCY_NAME}. */
    @JsonProperty
    @NotBlank
    private String name = "Idyll Productions";
    /** Public applications per client address per 15 minutes (0 turns the limit off); env {@code AGENCY_APPLICATIONS_PER_15MIN}. */
    @JsonProperty
    @Min(0)
    private long applicationsPer15Min = 5;

    /** @return the domain's view of this section */
    public AgencySettings settings() {
        return new AgencySettings(setPasswordUrl, name);
    }

    /** @return public applications allowed per client address per 15 minutes */
    public long applicationsPer15Min() {
        return applicationsPer15Min;
    }
}
