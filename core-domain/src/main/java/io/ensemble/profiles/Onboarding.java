package io.ensemble.profiles;

import java.util.List;

/**
 * A role's onboarding body ({@link InfluencerOnboarding}, {@link SalonOnboarding},
 * {@link CreatorOnboarding}, {@link BrandOnboarding}): each names the 1-10 category slugs the
 * profile is listed under, checked against the managed list by {@link ProfileService}.
 */
public sealed interface Onboarding permits InfluencerOnboarding, SalonOnboarding, CreatorOnboarding, BrandOnboarding {
    /** @return the chosen category slugs (validated, 1-10) */
    List<String> categories();
}
