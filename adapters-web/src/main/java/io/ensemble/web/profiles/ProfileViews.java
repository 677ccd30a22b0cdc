package io.ensemble.web.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.profiles.Availability;
import io.ensemble.profiles.Category;
import io.ensemble.profiles.MoneyRange;
import io.ensemble.profiles.OwnProfile;
import io.ensemble.profiles.Profile;
import io.ensemble.profiles.PublicProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JSON shapes of the profile routes (CONVENTIONS §HTTP API: camelCase, ISO times, money in minor units). */
public final class ProfileViews {
    private ProfileViews() {
    }

    /** A category of {@code GET /api/v1/categories}: {@code {slug, name}}. */
    public record CategoryView(String slug, String name) {
        static CategoryView of(Category c) {
            return new CategoryView(c.slug(), c.name());
        }
    }

    /** A money range: {@code {min, max, currency}} in minor units. */
    public record RangeView(long min, long max, String currency) {
        static RangeView of(Optional<MoneyRange> r) {
            return r.map(m -> new RangeView(m.min(), m.max(), m.currency())).orElse(null);
        }
    }

    /**
     * The caller's own profile ({@code /profile/me}, onboarding and update answers): every field,
     * including the private {@code email}, {@code phone} and {@code budget}. Rates are
     * {@code {min, max, currency}} ({@code minRate}/{@code maxRate} of seeds/002), availability lower-case.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Own(String userId, String role, String email, String phone, String displayName, String username,
                      String bio, String avatarUrl, String region, String city, List<String> categories,
                      List<String> languages, String website, String businessName, String description,
                      String address, String industry, RangeView rates, String availability, RangeView budget,
                      boolean verified, boolean featured, double rating, int totalCollaborations,
                      boolean onboardingCompleted, Instant createdAt, Instant updatedAt) {
        /** @return the view of {@code own} */
        public static Own of(OwnProfile own) {
            Profile p = own.profile();
            return new Own(p.userId().toString(), p.role().name(), own.email(), p.phone(), p.displayName(),
                    p.username(), p.bio(), p.avatarUrl(), p.region(), p.city(), p.categories(), p.languages(),
                    p.website(), p.businessName(), p.description(), p.address(), p.industry(), RangeView.of(p.rates()),
                    availabilityName(p.availability()), RangeView.of(p.budget()), p.verified(), p.featured(), p.rating(),
                    p.totalCollaborations(), p.onboardingCompleted(), p.createdAt(), p.updatedAt());
        }
    }

    /** Someone else's profile ({@code GET /profile/:userId}): no email, phone or budget. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Public(String userId, String role, String displayName, String username, String bio,
                         String avatarUrl, String region, String city, List<String> categories,
                         List<String> languages, String website, String businessName, String description,
                         String address, String industry, RangeView rates, String availability, boolean verified,
                         boolean featured, double rating, int totalCollaborations, boolean onboardingCompleted) {
        /** @return the view of {@code p} */
        public static Public of(PublicProfile p) {
            return new Public(p.userId().toString(), p.role().name(), p.displayName(), p.username(), p.bio(),
                    p.avatarUrl(), p.region(), p.city(), p.categories(), p.languages(), p.website(), p.businessName(),
                    p.description(), p.address(), p.industry(), RangeView.of(p.rates()),
                    availabilityName(p.availability()), p.verified(), p.featured(), p.rating(), p.totalCollaborations(),
                    p.onboardingCompleted());
        }
    }

    private static String availabilityName(Optional<Availability> a) {
        return a.map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).orElse(null);
    }
}
