package io.ensemble.agency;

import java.util.Optional;

/** Where an application to the agency is: {@code pending} until an admin approves or rejects it. */
public enum ApplicationStatus {
    PENDING, APPROVED, REJECTED;

    /** @return the wire name, e.g. {@code pending} */
    public String code() {
        return WireNames.code(this);
    }

    /** @return the status a wire name (any case) spells; empty for null or unknown */
    public static Optional<ApplicationStatus> parse(String code) {
        return WireNames.parse(ApplicationStatus.class, code);
    }
}
