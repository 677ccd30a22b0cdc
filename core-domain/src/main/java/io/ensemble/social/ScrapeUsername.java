package io.ensemble.social;

import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.errors.Validator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Validates and normalises a user name before any scraping call (issue 6 §2 "usernames are validated
 * before any call"), with each platform's published rules: Instagram — 1 to 30 letters, digits, periods
 * and underscores, not starting or ending with a period, no two periods in a row; TikTok — 2 to 24
 * letters, digits, periods and underscores, not ending with a period. One leading {@code @} is dropped
 * and the result is lower-cased (both platforms treat names case-insensitively).
 */
public final class ScrapeUsername {
    private static final Pattern INSTAGRAM = Pattern.compile("^(?!\\.)(?!.*\\.\\.)(?!.*\\.$)[a-z0-9._]{1,30}$");
    private static final Pattern TIKTOK = Pattern.compile("^(?!.*\\.$)[a-z0-9._]{2,24}$");

    private ScrapeUsername() {
    }

    /**
     * @param platform INSTAGRAM or TIKTOK
     * @param raw what the client sent
     * @param field the JSON or path field name reported on error, e.g. {@code username}
     * @return the normalised user name
     * @throws ValidationFailed naming {@code field} when the name breaks the platform's rules
     * @throws IllegalArgumentException when the platform cannot be scraped
     */
    public static String normalise(Platform platform, String raw, String field) {
        Validator v = new Validator();
        if (!v.required(field, raw)) {
            v.throwIfInvalid();
        }
        String name = raw.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        name = name.toLowerCase(Locale.ROOT);
        switch (platform) {
            case INSTAGRAM -> v.check(INSTAGRAM.matcher(name).matches(), field,
                    "must be 1-30 letters, digits, periods or underscores, not starting or ending with a period");
            case TIKTOK -> v.check(TIKTOK.matcher(name).matches(), field,
                    "must be 2-24 letters, digits, periods or underscores, not ending with a period");
            default -> throw new IllegalArgumentException("cannot scrape " + platform);
        }
        v.throwIfInvalid();
        return name;
    }
}
