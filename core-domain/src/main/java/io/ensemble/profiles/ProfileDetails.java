package io.ensemble.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The personal and business fields seeds/002 names beside the profile (issue 23 §5): the person's
 * first and last name, cover image, IANA timezone, BCP 47 language, gender, date of birth, the app's
 * onboarding step, and the brand's industries, role in the organisation, business type and the
 * postal code (brands' and creators' {@code location_pincode}). Text is never null; "" means not set.
 *
 * @param timezone an IANA zone id such as {@code Asia/Kolkata}, or ""
 * @param language a BCP 47 tag such as {@code en-IN}, or ""
 * @param gender one of {@link ProfileDetailsUpdate#GENDERS}, or ""
 * @param onboardingStep the client's onboarding progress, 0..{@value ProfileDetailsUpdate#STEP_MAX}
 * @param industries brand industries, at most 10 entries
 */
public record ProfileDetails(UUID userId, String firstName, String lastName, String coverImage, String timezone,
                             String language, String gender, Optional<LocalDate> dateOfBirth, int onboardingStep,
                             List<String> industries, String roleInOrganisation, String businessType, String pincode,
                             Instant updatedAt) {
    /** @throws NullPointerException when a component is null */
    public ProfileDetails {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(coverImage, "coverImage");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        industries = List.copyOf(industries);
        Objects.requireNonNull(roleInOrganisation, "roleInOrganisation");
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(pincode, "pincode");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return nothing set yet */
    public static ProfileDetails blank(UUID userId, Instant now) {
        return new ProfileDetails(userId, "", "", "", "", "", "", Optional.empty(), 0, List.of(), "", "", "", now);
    }

    /** @return the age in whole years on {@code today}, empty without a date of birth */
    public Optional<Integer> age(LocalDate today) {
        return dateOfBirth.map(d -> Period.between(d, today).getYears());
    }

    /** @return these details with every sent (non-null) field of {@code u} applied, stamped {@code at} */
    ProfileDetails with(ProfileDetailsUpdate u, Instant at) {
        return new ProfileDetails(userId, or(u.firstName(), firstName), or(u.lastName(), lastName),
                or(u.coverImage(), coverImage), or(u.timezone(), timezone), or(u.language(), language),
                or(u.gender(), gender), u.dateOfBirth() == null ? dateOfBirth : u.birthDate(),
                or(u.onboardingStep(), onboardingStep), or(u.industries(), industries),
                or(u.roleInOrganisation(), roleInOrganisation), or(u.businessType(), businessType),
                or(u.pincode(), pincode), at);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
