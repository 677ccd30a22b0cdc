package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partial update of {@link ProfileDetails} (issue 23 §5): null leaves a field unchanged, "" clears
 * a text field (and {@code dateOfBirth}). Self-validating on formats; the age rule (13 or older) and
 * the brand-only fields are checked by {@link ProfileDetailsService}.
 *
 * @param timezone an IANA zone id ({@code Europe/Paris}, {@code UTC}); offsets such as {@code +02:00} are refused
 * @param language a well-formed BCP 47 tag ({@code en}, {@code pt-BR})
 * @param dateOfBirth ISO date {@code yyyy-MM-dd}, not in the future
 * @param onboardingStep 0..{@value #STEP_MAX}
 * @param industries brand only: at most {@value ProfileFields#MAX_CATEGORIES} entries of 2..60 characters
 * @param roleInOrganisation brand only, at most 100 characters
 * @param businessType brand only, e.g. SME, Startup, Enterprise; at most 60 characters
 * @param pincode postal code: 3..12 letters, digits, spaces or '-'
 */
public record ProfileDetailsUpdate(String firstName, String lastName, String coverImage, String timezone,
                                   String language, String gender, String dateOfBirth, Integer onboardingStep,
                                   List<String> industries, String roleInOrganisation, String businessType,
                                   String pincode) {
    /** Highest onboarding step. */
    public static final int STEP_MAX = 50;
    /** Accepted genders. */
    public static final Set<String> GENDERS = Set.of("male", "female", "non_binary", "other", "prefer_not_to_say");
    private static final Pattern PINCODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9 -]{1,10}[A-Za-z0-9]$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");

    /** @throws io.ensemble.shared.errors.ValidationFailed naming every field with a bad format */
    public ProfileDetailsUpdate {
        Validator v = new Validator();
        firstName = firstName == null ? null : ProfileFields.text(v, "firstName", firstName, ProfileFields.NAME_MAX, false);
        lastName = lastName == null ? null : ProfileFields.text(v, "lastName", lastName, ProfileFields.NAME_MAX, false);
        coverImage = coverImage == null ? null : ProfileFields.url(v, "coverImage", coverImage, false);
        timezone = timezone == null ? null : timezone.strip();
        v.check(timezone == null || timezone.isEmpty() || zone(timezone), "timezone",
                "must be an IANA time zone such as Asia/Kolkata");
        language = language == null ? null : language.strip();
        if (language != null && !language.isEmpty()) {
            boolean ok = LANGUAGE.matcher(language).matches() && !"und".equals(Locale.forLanguageTag(language).toLanguageTag());
            v.check(ok, "language", "must be a BCP 47 language tag such as en or pt-BR");
            language = ok ? Locale.forLanguageTag(language).toLanguageTag() : language;
        }
        gender = gender == null ? null : gender.strip().toLowerCase(Locale.ROOT);
        v.check(gender == null || gender.isEmpty() || GENDERS.contains(gender), "gender",
                "must be one of male, female, non_binary, other, prefer_not_to_say");
        dateOfBirth = dateOfBirth == null ? null : dateOfBirth.strip();
        v.check(dateOfBirth == null || dateOfBirth.isEmpty() || date(dateOfBirth).isPresent(), "dateOfBirth",
                "must be a date like 2000-01-31");
        v.check(onboardingStep == null || onboardingStep >= 0 && onboardingStep <= STEP_MAX, "onboardingStep",
                "must be a whole number from 0 to " + STEP_MAX);
        industries = industries == null ? null : industries(v, industries);
        roleInOrganisation = roleInOrganisation == null ? null
                : ProfileFields.text(v, "roleInOrganisation", roleInOrganisation, ProfileFields.NAME_MAX, false);
        businessType = businessType == null ? null : ProfileFields.text(v, "businessType", businessType, 60, false);
        pincode = pincode == null ? null : pincode.strip();
        v.check(pincode == null || pincode.isEmpty() || PINCODE.matcher(pincode).matches(), "pincode",
                "must be 3-12 letters, digits, spaces or '-'");
        v.throwIfInvalid();
    }

    /** @return the new date of birth; empty when cleared (only meaningful when {@code dateOfBirth} was sent) */
    public Optional<LocalDate> birthDate() {
        return dateOfBirth == null ? Optional.empty() : date(dateOfBirth);
    }

    /** @return the JSON names of the sent brand-only fields */
    List<String> brandFields() {
        List<String> sent = new ArrayList<>();
        if (industries != null) {
            sent.add("industries");
        }
        if (roleInOrganisation != null) {
            sent.add("roleInOrganisation");
        }
        if (businessType != null) {
            sent.add("businessType");
        }
        return sent;
    }

    private static List<String> industries(Validator v, List<String> value) {
        v.check(value.size() <= ProfileFields.MAX_CATEGORIES, "industries",
                "must have at most " + ProfileFields.MAX_CATEGORIES + " entries");
        List<String> out = new ArrayList<>();
        for (String entry : value) {
            String s = entry == null ? "" : entry.strip();
            if (s.length() < 2 || s.length() > 60) {
                v.check(false, "industries", "entries must be 2-60 characters");
                return List.of();
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static boolean zone(String id) {
        try {
            return ZoneId.getAvailableZoneIds().contains(id);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
