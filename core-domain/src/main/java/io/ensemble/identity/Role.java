package io.ensemble.identity;

import java.util.Arrays;
import java.util.Optional;

/** Account roles (CONVENTIONS §Auth). ADMIN and AGENT are never self-assigned at signup. */
public enum Role {
    INFLUENCER, SALON, CREATOR, BRAND, HOST, PARTIER, TALENT, MEMBER, AGENT, ADMIN;

    /** @return whether a person may pick this role when signing up */
    public boolean selfAssignable() {
        return this != ADMIN && this != AGENT;
    }

    /** Parses a role name case-insensitively; empty when unknown. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value.trim())).findFirst();
    }
}
