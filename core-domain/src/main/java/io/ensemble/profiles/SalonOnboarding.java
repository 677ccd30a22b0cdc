package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.List;

/**
 * Body of {@code POST /api/v1/onboarding/salon} (seeds/001 §Onboarding). Self-validating.
 *
 * @param businessName required, at most 150 characters
 * @param description optional, at most 2000 characters
 * @param categories 1-10 slugs of the managed list
 * @param region required, at most 100 characters
 * @param address optional, at most 300 characters
 * @param website optional absolute http(s) URL
 */
public record SalonOnboarding(String businessName, String description, List<String> categories, String region,
                              String address, String website) implements Onboarding {
    /** @throws io.ensemble.shared.errors.ValidationFailed when a field is invalid */
    public SalonOnboarding {
        Validator v = new Validator();
        businessName = ProfileFields.text(v, "businessName", businessName, ProfileFields.BUSINESS_NAME_MAX, true);
        description = ProfileFields.text(v, "description", description, ProfileFields.DESCRIPTION_MAX, false);
        categories = ProfileFields.categories(v, "categories", categories, true);
        region = ProfileFields.text(v, "region", region, ProfileFields.PLACE_MAX, true);
        address = ProfileFields.text(v, "address", address, ProfileFields.ADDRESS_MAX, false);
        website = ProfileFields.url(v, "website", website, false);
        v.throwIfInvalid();
    }
}
