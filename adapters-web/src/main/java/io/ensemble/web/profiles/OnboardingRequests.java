package io.ensemble.web.profiles;

import io.ensemble.profiles.BrandOnboarding;
import io.ensemble.profiles.CreatorOnboarding;
import io.ensemble.profiles.InfluencerOnboarding;
import io.ensemble.profiles.SalonOnboarding;
import java.util.List;

/** Request bodies of {@code POST /api/v1/onboarding/*} (seeds/001 §Onboarding; seeds/002 profile fields). */
public final class OnboardingRequests {
    private OnboardingRequests() {
    }

    /** {@code {bio, categories[], region, city, languages[]}} (seeds/001). */
    public record Influencer(String bio, List<String> categories, String region, String city, List<String> languages) {
        static final Influencer EMPTY = new Influencer(null, null, null, null, null);

        /** @throws io.ensemble.shared.errors.ValidationFailed naming every bad field */
        InfluencerOnboarding command() {
            return new InfluencerOnboarding(bio, categories, region, city, languages);
        }
    }

    /** {@code {businessName, description, categories[], region, address, website}} (seeds/001). */
    public record Salon(String businessName, String description, List<String> categories, String region,
                        String address, String website) {
        static final Salon EMPTY = new Salon(null, null, null, null, null, null);

        /** @throws io.ensemble.shared.errors.ValidationFailed naming every bad field */
        SalonOnboarding command() {
            return new SalonOnboarding(businessName, description, categories, region, address, website);
        }
    }

    /**
     * {@code {bio, categories[], region, city, languages[], minRate, maxRate, currency, availability}}
     * (seeds/002 creator profile; rates in minor units).
     */
    public record Creator(String bio, List<String> categories, String region, String city, List<String> languages,
                          Long minRate, Long maxRate, String currency, String availability) {
        static final Creator EMPTY = new Creator(null, null, null, null, null, null, null, null, null);

        /** @throws io.ensemble.shared.errors.ValidationFailed naming every bad field */
        CreatorOnboarding command() {
            return CreatorOnboarding.of(bio, categories, region, city, languages, minRate, maxRate, currency,
                    availability);
        }
    }

    /**
     * {@code {company, industry, description, website, categories[], region, city, budgetMin, budgetMax,
     * currency}} (seeds/002 brand profile; budget in minor units).
     */
    public record Brand(String company, String industry, String description, String website, List<String> categories,
                        String region, String city, Long budgetMin, Long budgetMax, String currency) {
        static final Brand EMPTY = new Brand(null, null, null, null, null, null, null, null, null, null);

        /** @throws io.ensemble.shared.errors.ValidationFailed naming every bad field */
        BrandOnboarding command() {
            return BrandOnboarding.of(company, industry, description, website, categories, region, city, budgetMin,
                    budgetMax, currency);
        }
    }
}
