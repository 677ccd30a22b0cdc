package io.ensemble.profiles;

import java.util.Objects;

/** The caller's own profile with their account email ({@code GET /api/v1/profile/me}). */
public record OwnProfile(Profile profile, String email) {
    /** @throws NullPointerException when a component is null */
    public OwnProfile {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(email, "email");
    }
}
