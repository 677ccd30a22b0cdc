package io.ensemble.discovery;

import io.ensemble.identity.Role;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One result of a discovery list: the public card of a profile. It has no email, phone, budget
 * or other private field by construction, so they cannot leak (issue 5 §2).
 *
 * @param displayName person's name (influencer, creator) or the account name
 * @param businessName salon business name; empty for other roles
 * @param avatarUrl picture address; empty when none
 * @param totalFollowers sum of followers across linked social accounts (social_totals), 0 when none
 * @param relevance search score (higher is better); 0 when the query has no {@code search}
 */
public record DiscoveryCard(
        UUID userId,
        Role role,
        String displayName,
        String businessName,
        String avatarUrl,
        String bio,
        List<String> categories,
        String region,
        String city,
        long totalFollowers,
        boolean verified,
        boolean featured,
        double rating,
        float relevance) {

    /** @throws NullPointerException when a component is null */
    public DiscoveryCard {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        Objects.requireNonNull(bio, "bio");
        categories = List.copyOf(categories);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(city, "city");
    }
}
