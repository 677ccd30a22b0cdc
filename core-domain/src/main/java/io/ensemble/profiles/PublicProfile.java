package io.ensemble.profiles;

import io.ensemble.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What any signed-in user may see of someone else's profile ({@code GET /api/v1/profile/:userId},
 * seeds/001 §Profile). It has no email, phone or budget by construction, so they cannot leak.
 */
public record PublicProfile(
        UUID userId,
        Role role,
        String displayName,
        String username,
        String bio,
        String avatarUrl,
        String region,
        String city,
        List<String> categories,
        List<String> languages,
        String website,
        String businessName,
        String description,
        String address,
        String industry,
        Optional<MoneyRange> rates,
        Optional<Availability> availability,
        boolean verified,
        boolean featured,
        double rating,
        int totalCollaborations,
        boolean onboardingCompleted) {

    /** @return the public part of {@code p} */
    public static PublicProfile of(Profile p) {
        return new PublicProfile(p.userId(), p.role(), p.displayName(), p.username(), p.bio(), p.avatarUrl(),
                p.region(), p.city(), p.categories(), p.languages(), p.website(), p.businessName(), p.description(),
                p.address(), p.industry(), p.rates(), p.availability(), p.verified(), p.featured(), p.rating(),
                p.totalCollaborations(), p.onboardingCompleted());
    }
}
