package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Self-validating command of {@code POST /api/v1/admin/categories}.
 *
 * @param slug 1..40 characters of {@code a-z 0-9 -}, starting with a letter or digit (stored lower-case)
 * @param name display name, 1..60 characters
 */
public record NewCategory(String slug, String name) {
    /** Longest display name, in characters. */
    public static final int NAME_MAX = 60;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** @throws io.ensemble.shared.errors.ValidationFailed fields {@code slug} and {@code name} */
    public NewCategory {
        Validator v = new Validator();
        if (v.required("slug", slug)) {
            slug = slug.strip().toLowerCase(Locale.ROOT);
            v.check(SLUG.matcher(slug).matches(), "slug",
                    "must be 1-40 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        if (v.required("name", name)) {
            name = name.strip();
            v.maxLength("name", name, NAME_MAX);
        }
        v.throwIfInvalid();
    }
}
