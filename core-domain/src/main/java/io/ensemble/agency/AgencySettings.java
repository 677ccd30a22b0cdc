package io.ensemble.agency;

import java.util.Objects;

/**
 * The agency's policy from configuration ({@code agency} in config.yml).
 *
 * @param setPasswordUrl the page of the client app where an invited member sets a password; the e-mailed
 *     link is this URL with {@code ?token=…} appended, and the page posts the token to
 *     {@code POST /api/v1/auth/reset-password {resetToken, newPassword}}
 * @param agencyName signs the e-mails, e.g. {@code Idyll Productions}
 */
public record AgencySettings(String setPasswordUrl, String agencyName) {
    public AgencySettings {
        Objects.requireNonNull(setPasswordUrl, "setPasswordUrl");
        Objects.requireNonNull(agencyName, "agencyName");
    }
}
