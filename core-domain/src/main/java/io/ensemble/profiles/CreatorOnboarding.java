package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code POST /api/v1/onboarding/creator} (seeds/002 creator profile: bio, categories,
 * location, rates, availability). Self-validating.
 *
 * @param bio required, at most 1000 characters
 * @param categories 1-10 slugs of the managed list
 * @param region required; {@code city} optional (at most 100 characters each)
 * @param languages optional, at most 10 entries
 * @param rates optional {@code minRate}/{@code maxRate} in minor units with {@code currency}; all or none
 * @param availability optional: available, busy or unavailable
 */
public record CreatorOnboarding(String bio, List<String> categories, String region, String city,
                                List<String> languages, Optional<MoneyRange> rates,
                                Optional<Availability> availability) implements Onboarding {

    /**
     * Validates raw request fields.
     *
     * @throws io.ensemble.shared.errors.ValidationFailed naming every bad field
     */
    public static CreatorOnboarding of(String bio, List<String> categories, String region, String city,
                                       List<String> languages, Long minRate, Long maxRate, String currency,
                                       String availability) {
        Validator v = new Validator();
        String b = ProfileFields.text(v, "bio", bio, ProfileFields.BIO_MAX, true);
        List<String> c = ProfileFields.categories(v, "categories", categories, true);
        String r = ProfileFields.text(v, "region", region, ProfileFields.PLACE_MAX, true);
        String ci = ProfileFields.text(v, "city", city, ProfileFields.PLACE_MAX, false);
        List<String> l = ProfileFields.languages(v, "languages", languages);
        Optional<MoneyRange> rates = ProfileFields.range(v, "minRate", "maxRate", "currency",
                minRate, maxRate, currency, false);
        Optional<Availability> a = ProfileFields.availability(v, "availability", availability);
        v.throwIfInvalid();
        return new CreatorOnboarding(b, c, r, ci, l, rates, a);
    }
}
