package io.ensemble.web.compat.influmojo;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.profiles.BrandOnboarding;
import io.ensemble.profiles.CreatorOnboarding;
import io.ensemble.profiles.MoneyRange;
import io.ensemble.profiles.Profile;
import io.ensemble.profiles.ProfileService;

/**
 * Seeds/002's {@code onboarding_completed: true}: the native onboarding of the caller's role (creator
 * or brand) run on the profile as saved, so its rules (bio, categories and state for creators; company
 * for brands) stay the core's; other roles have no seeds/002 onboarding and are left as they are.
 */
final class SeedOnboarding {
    private SeedOnboarding() {
    }

    /** @throws io.ensemble.shared.errors.ValidationFailed naming the fields the saved profile still lacks */
    static void complete(Caller caller, ProfileService profiles) {
        Profile p = profiles.me(caller).profile();
        Long min = p.rates().map(MoneyRange::min).orElse(null);
        Long max = p.rates().map(MoneyRange::max).orElse(null);
        if (caller.is(Role.CREATOR)) {
            profiles.onboardCreator(caller, () -> CreatorOnboarding.of(p.bio(), p.categories(), p.region(), p.city(),
                    p.languages(), min, max, p.rates().map(MoneyRange::currency).orElse(null),
                    p.availability().map(a -> a.name()).orElse(null)));
        } else if (caller.is(Role.BRAND)) {
            profiles.onboardBrand(caller, () -> BrandOnboarding.of(p.businessName(), p.industry(), p.description(),
                    p.website(), p.categories(), p.region(), p.city(), p.budget().map(MoneyRange::min).orElse(null),
                    p.budget().map(MoneyRange::max).orElse(null), p.budget().map(MoneyRange::currency).orElse(null)));
        }
    }
}
