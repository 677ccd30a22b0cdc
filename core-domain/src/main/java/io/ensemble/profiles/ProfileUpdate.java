package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code PUT /api/v1/profile/update} (seeds/001 §Profile): a partial update. A null
 * component means "leave unchanged"; an empty string clears an optional text field. Self-validating
 * on formats; whether a field applies to the caller's role is decided by {@link ProfileService}.
 * Rates ({@code minRate}, {@code maxRate}, {@code currency}) and budget ({@code budgetMin},
 * {@code budgetMax}, {@code currency}) are replaced as a whole. {@code verified}, {@code featured},
 * {@code rating} and {@code totalCollaborations} are not user-editable and are not part of it.
 */
public record ProfileUpdate(
        String displayName,
        String username,
        String bio,
        String avatarUrl,
        String phone,
        String region,
        String city,
        List<String> categories,
        List<String> languages,
        String website,
        String businessName,
        String description,
        String address,
        String industry,
        Long minRate,
        Long maxRate,
        Long budgetMin,
        Long budgetMax,
        String currency,
        String availability) {

    /** @throws io.ensemble.shared.errors.ValidationFailed naming every field with a bad format */
    public ProfileUpdate {
        Validator v = new Validator();
        if (displayName != null) {
            displayName = ProfileFields.text(v, "displayName", displayName, ProfileFields.NAME_MAX, true);
        }
        if (username != null) {
            username = ProfileFields.username(v, "username", username);
        }
        bio = bio == null ? null : ProfileFields.text(v, "bio", bio, ProfileFields.BIO_MAX, false);
        avatarUrl = avatarUrl == null ? null : ProfileFields.url(v, "avatarUrl", avatarUrl, false);
        phone = phone == null ? null : ProfileFields.phone(v, "phone", phone);
        region = region == null ? null : ProfileFields.text(v, "region", region, ProfileFields.PLACE_MAX, false);
        city = city == null ? null : ProfileFields.text(v, "city", city, ProfileFields.PLACE_MAX, false);
        categories = categories == null ? null : ProfileFields.categories(v, "categories", categories, false);
        languages = languages == null ? null : ProfileFields.languages(v, "languages", languages);
        website = website == null ? null : ProfileFields.url(v, "website", website, false);
        if (businessName != null) {
            businessName = ProfileFields.text(v, "businessName", businessName, ProfileFields.BUSINESS_NAME_MAX, true);
        }
        description = description == null ? null
                : ProfileFields.text(v, "description", description, ProfileFields.DESCRIPTION_MAX, false);
        address = address == null ? null : ProfileFields.text(v, "address", address, ProfileFields.ADDRESS_MAX, false);
        industry = industry == null ? null : ProfileFields.text(v, "industry", industry, ProfileFields.NAME_MAX, false);
        if (minRate != null || maxRate != null) {
            ProfileFields.range(v, "minRate", "maxRate", "currency", minRate, maxRate, currency, true);
        }
        if (budgetMin != null || budgetMax != null) {
            ProfileFields.range(v, "budgetMin", "budgetMax", "currency", budgetMin, budgetMax, currency, true);
        }
        v.check(currency == null || minRate != null || maxRate != null || budgetMin != null || budgetMax != null,
                "currency", "is only accepted together with minRate/maxRate or budgetMin/budgetMax");
        if (currency != null) {
            currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
        }
        if (availability != null) {
            ProfileFields.availability(v, "availability", availability);
        }
        v.throwIfInvalid();
    }

    /** @return the new rate range when {@code minRate}/{@code maxRate} were sent */
    Optional<MoneyRange> rates() {
        return minRate == null ? Optional.empty() : Optional.of(new MoneyRange(minRate, maxRate, currency));
    }

    /** @return the new budget when {@code budgetMin}/{@code budgetMax} were sent */
    Optional<MoneyRange> budget() {
        return budgetMin == null ? Optional.empty() : Optional.of(new MoneyRange(budgetMin, budgetMax, currency));
    }

    /** @return the JSON names of the role-specific fields that were sent, for the role check */
    List<String> sentFields() {
        List<String> sent = new ArrayList<>();
        addIf(sent, businessName, "businessName");
        addIf(sent, description, "description");
        addIf(sent, address, "address");
        addIf(sent, industry, "industry");
        addIf(sent, minRate, "minRate");
        addIf(sent, maxRate, "maxRate");
        addIf(sent, budgetMin, "budgetMin");
        addIf(sent, budgetMax, "budgetMax");
        addIf(sent, availability, "availability");
        return sent;
    }

    private static void addIf(List<String> out, Object value, String name) {
        if (value != null) {
            out.add(name);
        }
    }
}
