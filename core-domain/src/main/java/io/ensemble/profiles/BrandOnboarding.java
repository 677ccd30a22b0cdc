package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code POST /api/v1/onboarding/brand} (seeds/002 brand profile: company, industry,
 * website, budget range). Self-validating.
 *
 * @param company required, at most 150 characters (stored as the business name)
 * @param industry optional, at most 100 characters
 * @param description optional, at most 2000 characters
 * @param website optional absolute http(s) URL
 * @param categories 1-10 slugs of the managed list
 * @param region required; {@code city} optional
 * @param budget optional {@code budgetMin}/{@code budgetMax} in minor units with {@code currency} (private)
 */
public record BrandOnboarding(String company, String industry, String description, String website,
                              List<String> categories, String region, String city, Optional<MoneyRange> budget)
        implements Onboarding {

    /**
     * Validates raw request fields.
     *
     * @throws io.ensemble.shared.errors.ValidationFailed naming every bad field
     */
    public static BrandOnboarding of(String company, String industry, String description, String website,
                                     List<String> categories, String region, String city, Long budgetMin,
                                     Long budgetMax, String currency) {
        Validator v = new Validator();
        String co = ProfileFields.text(v, "company", company, ProfileFields.BUSINESS_NAME_MAX, true);
        String in = ProfileFields.text(v, "industry", industry, ProfileFields.NAME_MAX, false);
        String d = ProfileFields.text(v, "description", description, ProfileFields.DESCRIPTION_MAX, false);
        String w = ProfileFields.url(v, "website", website, false);
        List<String> c = ProfileFields.categories(v, "categories", categories, true);
        String r = ProfileFields.text(v, "region", region, ProfileFields.PLACE_MAX, true);
        String ci = ProfileFields.text(v, "city", city, ProfileFields.PLACE_MAX, false);
        Optional<MoneyRange> budget = ProfileFields.range(v, "budgetMin", "budgetMax", "currency",
                budgetMin, budgetMax, currency, false);
        v.throwIfInvalid();
        return new BrandOnboarding(co, in, d, w, c, r, ci, budget);
    }
}
