package io.ensemble.web.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.profiles.AccountDetails;
import io.ensemble.profiles.ProfileDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The caller's seeds/002 profile details (issue 23 §5): {@code {firstName, lastName, coverImage,
 * timezone, language, gender, dateOfBirth?, age?, onboardingStep, industries, roleInOrganisation,
 * businessType, pincode, status, isOnline, lastOnlineAt?, updatedAt}}; text fields are "" when not set.
 *
 * @param status pending (onboarding not completed), active or suspended
 * @param age whole years, derived from {@code dateOfBirth}
 */
public record ProfileDetailsView(String firstName, String lastName, String coverImage, String timezone,
                                 String language, String gender,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate dateOfBirth,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer age, int onboardingStep,
                                 List<String> industries, String roleInOrganisation, String businessType,
                                 String pincode, String status, boolean isOnline,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Instant lastOnlineAt, Instant updatedAt) {
    /** @return the view of {@code a} */
    public static ProfileDetailsView of(AccountDetails a) {
        ProfileDetails d = a.details();
        return new ProfileDetailsView(d.firstName(), d.lastName(), d.coverImage(), d.timezone(), d.language(),
                d.gender(), d.dateOfBirth().orElse(null), a.age().orElse(null), d.onboardingStep(), d.industries(),
                d.roleInOrganisation(), d.businessType(), d.pincode(), a.status().wireName(), a.online(),
                a.lastOnlineAt().orElse(null), d.updatedAt());
    }
}
