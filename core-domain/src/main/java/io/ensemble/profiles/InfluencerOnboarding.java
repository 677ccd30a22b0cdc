package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.List;

/**
 * Body of {@code POST /api/v1/onboarding/influencer} (seeds/001 §Onboarding). Self-validating:
 * throws {@link io.ensemble.shared.errors.ValidationFailed} naming every bad field.
 *
 * @param bio required, at most 1000 characters
 * @param categories 1-10 slugs of the managed list
 * @param region required, at most 100 characters
 * @param city optional, at most 100 characters
 * @param languages optional, at most 10 entries of 2-40 characters
 */
public record InfluencerOnboarding(String bio, List<String> categories, String region, String city,
                                   List<String> languages) implements Onboarding {
    /** @throws io.ensemble.shared.errors.ValidationFailed when a field is invalid */
    public InfluencerOnboarding {
        Validator v = new Validator();
        bio = ProfileFields.text(v, "bio", bio, ProfileFields.BIO_MAX, true);
        categories = ProfileFields.categories(v, "categories", categories, true);
        region = ProfileFields.text(v, "region", region, ProfileFields.PLACE_MAX, true);
        city = ProfileFields.text(v, "city", city, ProfileFields.PLACE_MAX, false);
        languages = ProfileFields.languages(v, "languages", languages);
        v.throwIfInvalid();
    }
}
