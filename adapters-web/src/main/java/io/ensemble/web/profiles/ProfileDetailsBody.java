package io.ensemble.web.profiles;

import io.ensemble.profiles.ProfileDetailsUpdate;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/profile/details} (issue 23 §5): any subset of {@code {firstName,
 * lastName, coverImage, timezone, language, gender, dateOfBirth, onboardingStep, industries,
 * roleInOrganisation, businessType, pincode}}; absent fields stay, "" clears.
 */
public record ProfileDetailsBody(String firstName, String lastName, String coverImage, String timezone,
                                 String language, String gender, String dateOfBirth, Integer onboardingStep,
                                 List<String> industries, String roleInOrganisation, String businessType,
                                 String pincode) {
    static final ProfileDetailsBody EMPTY = new ProfileDetailsBody(null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** @return the validated update. @throws io.ensemble.shared.errors.ValidationFailed naming each bad field */
    ProfileDetailsUpdate command() {
        return new ProfileDetailsUpdate(firstName, lastName, coverImage, timezone, language, gender, dateOfBirth,
                onboardingStep, industries, roleInOrganisation, businessType, pincode);
    }
}
