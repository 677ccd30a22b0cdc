package io.ensemble.marketplace;

import io.ensemble.payments.Money;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of {@code POST /api/v1/packages} and {@code PUT /api/v1/packages/:id} (issue 8 §1). Every
 * field is required on both. Self-validating: the constructor throws {@link ValidationFailed} naming
 * each bad field.
 *
 * @param title 1..{@value #TITLE_MAX} characters
 * @param platform 1..{@value #SHORT_MAX} characters, e.g. {@code instagram}
 * @param contentType 1..{@value #SHORT_MAX} characters, e.g. {@code reel}
 * @param quantity 1..1000 pieces
 * @param revisions 0..20 included revisions
 * @param durationDays 1..365 days to deliver
 * @param amount price in minor units, > 0
 * @param currency ISO-4217 code
 * @param description 0..{@value #DESCRIPTION_MAX} characters
 * @param contentSeconds the content's video length, 1..86400 seconds, optional (issue 23 §5)
 */
public record PackageCommand(String title, String platform, String contentType, Integer quantity, Integer revisions,
                             Integer durationDays, Long amount, String currency, String description,
                             Integer contentSeconds) {
    public static final int TITLE_MAX = 120;
    public static final int SHORT_MAX = 40;
    public static final int DESCRIPTION_MAX = 2000;
    /** Longest content length: a day, in seconds. */
    public static final int MAX_CONTENT_SECONDS = 86_400;

    /** A command without a content length. */
    public PackageCommand(String title, String platform, String contentType, Integer quantity, Integer revisions,
                          Integer durationDays, Long amount, String currency, String description) {
        this(title, platform, contentType, quantity, revisions, durationDays, amount, currency, description, null);
    }

    public PackageCommand {
        title = strip(title);
        platform = strip(platform) == null ? null : strip(platform).toLowerCase(java.util.Locale.ROOT);
        contentType = strip(contentType) == null ? null : strip(contentType).toLowerCase(java.util.Locale.ROOT);
        description = description == null ? "" : description.strip();
        List<FieldError> errors = new ArrayList<>();
        Validator v = new Validator();
        if (v.required("title", title)) {
            v.maxLength("title", title, TITLE_MAX);
        }
        if (v.required("platform", platform)) {
            v.maxLength("platform", platform, SHORT_MAX);
        }
        if (v.required("contentType", contentType)) {
            v.maxLength("contentType", contentType, SHORT_MAX);
        }
        range(v, "quantity", quantity, 1, 1000);
        range(v, "revisions", revisions, 0, 20);
        range(v, "durationDays", durationDays, 1, 365);
        v.check(contentSeconds == null || contentSeconds >= 1 && contentSeconds <= MAX_CONTENT_SECONDS,
                "contentDurationSeconds", "must be a whole number of seconds from 1 to " + MAX_CONTENT_SECONDS);
        v.maxLength("description", description, DESCRIPTION_MAX);
        try {
            v.throwIfInvalid();
        } catch (ValidationFailed e) {
            errors.addAll(e.errors());
        }
        try {
            Money.parse("price", amount, currency);
        } catch (ValidationFailed e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** @return the content length, empty when not given */
    public java.util.OptionalInt contentLength() {
        return contentSeconds == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(contentSeconds);
    }

    /** @return the validated price */
    public Money money() {
        return new Money(amount, currency);
    }

    private static void range(Validator v, String field, Integer value, int min, int max) {
        v.check(value != null && value >= min && value <= max, field,
                "is required, a whole number from " + min + " to " + max);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
