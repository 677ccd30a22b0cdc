package io.ensemble.web.profiles;

import io.ensemble.profiles.ProfileUpdate;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/profile/update}: any subset of the editable fields; an absent field is
 * left unchanged. {@code company} is the brand's name for {@code businessName}; {@code name} is an
 * alias of {@code displayName} (seeds/000).
 */
public record ProfileUpdateRequest(String displayName, String name, String username, String bio, String avatarUrl,
                                   String avatar, String phone, String region, String city, List<String> categories,
                                   List<String> languages, String website, String businessName, String company,
                                   String description, String address, String industry, Long minRate, Long maxRate,
                                   Long budgetMin, Long budgetMax, String currency, String availability) {
    static final ProfileUpdateRequest EMPTY = new ProfileUpdateRequest(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** @return the domain command. @throws io.ensemble.shared.errors.ValidationFailed on a bad field */
    ProfileUpdate toCommand() {
        return new ProfileUpdate(displayName != null ? displayName : name, username, bio,
                avatarUrl != null ? avatarUrl : avatar, phone, region, city, categories, languages, website,
                businessName != null ? businessName : company, description, address, industry, minRate, maxRate,
                budgetMin, budgetMax, currency, availability);
    }
}
