package io.ensemble.web.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.discovery.DiscoveryCard;
import java.util.List;

/**
 * A discovery result as JSON (issue 5 §2): {@code {id, role, name, businessName, avatar, bio,
 * categories, region, city, totalFollowers, verified, featured, rating}}. Empty text fields are
 * {@code null}; there is no email, phone or budget.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DiscoveryCardView(String id, String role, String name, String businessName, String avatar,
                                String bio, List<String> categories, String region, String city,
                                long totalFollowers, boolean verified, boolean featured, double rating) {

    /** @return the view of {@code c} */
    public static DiscoveryCardView of(DiscoveryCard c) {
        return new DiscoveryCardView(c.userId().toString(), c.role().name(), c.displayName(),
                emptyToNull(c.businessName()), emptyToNull(c.avatarUrl()), c.bio(), c.categories(), c.region(),
                c.city(), c.totalFollowers(), c.verified(), c.featured(), c.rating());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
