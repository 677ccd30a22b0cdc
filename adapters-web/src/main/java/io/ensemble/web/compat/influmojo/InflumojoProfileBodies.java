package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.ensemble.profiles.ProfileDetailsUpdate;
import io.ensemble.profiles.ProfileUpdate;
import java.util.List;
import java.util.Map;

/** Request bodies of seeds/002 §Profile Management Endpoints (issue 23 §6), snake_case or camelCase. */
final class InflumojoProfileBodies {
    /** Native field → the seed's, for the names in 400 answers. */
    static final Map<String, String> SEED_FIELDS = Map.ofEntries(Map.entry("displayName", "name"),
            Map.entry("avatarUrl", "profile_image_url"), Map.entry("coverImage", "cover_image_url"),
            Map.entry("region", "location_state"), Map.entry("city", "location_city"),
            Map.entry("pincode", "location_pincode"), Map.entry("categories", "content_categories"),
            Map.entry("roleInOrganisation", "role_in_organization"), Map.entry("businessName", "company_name"),
            Map.entry("company", "company_name"), Map.entry("website", "website_url"));

    private InflumojoProfileBodies() {
    }

    /**
     * {@code POST /profile/update-basic-info}: any of the User's and profile's basic fields (brands also
     * {@code company_name}, {@code website_url}, {@code description}, {@code industry}); absent ones
     * stay, "" clears. {@code onboarding_completed: true} completes the role's onboarding with the saved
     * profile (400 naming what it still lacks).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BasicInfo(String name, String firstName, String lastName, String profileImageUrl, String coverImageUrl,
                     String timezone, String language, String gender, String dateOfBirth, String bio,
                     String locationCity, String locationState, String locationPincode, Integer onboardingStep,
                     String companyName, String websiteUrl, String description, String industry,
                     Boolean onboardingCompleted) implements SeedBody {
        static final BasicInfo EMPTY = new BasicInfo(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);

        ProfileUpdate profile() {
            return new ProfileUpdate(name, null, bio, profileImageUrl, null, locationState, locationCity, null, null,
                    websiteUrl, companyName, description, null, industry, null, null, null, null, null, null);
        }

        ProfileDetailsUpdate details() {
            return new ProfileDetailsUpdate(firstName, lastName, coverImageUrl, timezone, language, gender,
                    dateOfBirth, onboardingStep, null, null, null, locationPincode);
        }
    }

    /**
     * {@code POST /profile/update-preferences}: industries (brands), content categories
     * ({@code categories} or {@code content_categories}), languages, location ({@code location} or
     * {@code location_city}, {@code location_state}, {@code location_pincode}), and the brand's role
     * in the organisation and business type; {@code onboarding_completed} as in {@link BasicInfo}.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Preferences(List<String> industries, List<String> categories, List<String> contentCategories,
                       List<String> languages, String location, String locationCity, String locationState,
                       String locationPincode, String roleInOrganization, String businessType,
                       Boolean onboardingCompleted) implements SeedBody {
        static final Preferences EMPTY = new Preferences(null, null, null, null, null, null, null, null, null, null,
                null);

        ProfileUpdate profile() {
            List<String> slugs = contentCategories != null ? contentCategories : categories;
            String city = locationCity != null ? locationCity : location;
            return new ProfileUpdate(null, null, null, null, null, locationState, city, slugs, languages, null, null,
                    null, null, null, null, null, null, null, null, null);
        }

        ProfileDetailsUpdate details() {
            return new ProfileDetailsUpdate(null, null, null, null, null, null, null, null, industries,
                    roleInOrganization, businessType, locationPincode);
        }
    }
}
