package io.ensemble.profiles;

import io.ensemble.shared.errors.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field rules shared by the onboarding and update commands (issue 5 §1). Each method records a
 * field error on the {@link Validator} and returns the normalised value (stripped text, lower-case
 * slugs, upper-case currency), so commands read as one line per field.
 */
public final class ProfileFields {
    /** Longest bio, in code points. */
    public static final int BIO_MAX = 1000;
    /** Longest salon/brand description, in code points. */
    public static final int DESCRIPTION_MAX = 2000;
    /** Longest display name or industry, in code points. */
    public static final int NAME_MAX = 100;
    /** Longest salon business name or brand company, in code points. */
    public static final int BUSINESS_NAME_MAX = 150;
    /** Longest region or city, in code points. */
    public static final int PLACE_MAX = 100;
    /** Longest street address, in code points. */
    public static final int ADDRESS_MAX = 300;
    /** Longest website or avatar URL, in characters. */
    public static final int URL_MAX = 2048;
    /** Most category slugs on one profile. */
    public static final int MAX_CATEGORIES = 10;
    /** Most languages on one profile. */
    public static final int MAX_LANGUAGES = 10;

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.]{3,30}$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private ProfileFields() {
    }

    /** @return {@code value} stripped ("" when null), checked against {@code max} code points and, if {@code required}, non-blank */
    public static String text(Validator v, String field, String value, int max, boolean required) {
        String s = value == null ? "" : value.strip();
        if (required) {
            v.required(field, s);
        }
        v.maxLength(field, s, max);
        return s;
    }

    /** @return the stripped URL ("" when absent); records an error unless it is an absolute http(s) URL with a host */
    public static String url(Validator v, String field, String value, boolean required) {
        String s = text(v, field, value, URL_MAX, required);
        if (!s.isEmpty() && !isHttpUrl(s)) {
            v.check(false, field, "must be an http or https URL");
        }
        return s;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** @return the username as given; records an error unless 3-30 letters, digits, '_' or '.' */
    public static String username(Validator v, String field, String value) {
        String s = value == null ? "" : value.strip();
        v.check(USERNAME.matcher(s).matches(), field, "must be 3-30 letters, digits, '_' or '.'");
        return s;
    }

    /** @return the phone number; records an error unless E.164 ({@code +} and 7-15 digits) */
    public static String phone(Validator v, String field, String value) {
        String s = value == null ? "" : value.strip();
        v.check(s.isEmpty() || PHONE.matcher(s).matches(), field, "must be an E.164 number such as +14155550123");
        return s;
    }

    /**
     * @return the slugs lower-cased, de-duplicated, in order; records an error when absent and
     *     {@code required}, more than {@link #MAX_CATEGORIES}, or malformed (existence is checked
     *     by the use case against the managed list)
     */
    public static List<String> categories(Validator v, String field, List<String> value, boolean required) {
        if (value == null || value.isEmpty()) {
            v.check(!required, field, "must name at least one category");
            return List.of();
        }
        v.check(value.size() <= MAX_CATEGORIES, field, "must have at most " + MAX_CATEGORIES + " entries");
        List<String> out = new ArrayList<>();
        for (String slug : value) {
            String s = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
            if (!SLUG.matcher(s).matches()) {
                v.check(false, field, "contains an invalid category slug");
                return List.of();
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** @return the languages stripped; records an error for more than 10 or any entry not 2-40 characters */
    public static List<String> languages(Validator v, String field, List<String> value) {
        if (value == null) {
            return List.of();
        }
        v.check(value.size() <= MAX_LANGUAGES, field, "must have at most " + MAX_LANGUAGES + " entries");
        List<String> out = new ArrayList<>();
        for (String lang : value) {
            String s = lang == null ? "" : lang.strip();
            int n = s.codePointCount(0, s.length());
            if (n < 2 || n > 40) {
                v.check(false, field, "entries must be 2-40 characters");
                return List.of();
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /**
     * A money range given as separate fields. All three absent → empty. Otherwise all three are
     * required, amounts are whole minor units {@code >= 0}, {@code min <= max}, and the currency is
     * an ISO 4217 code (three letters, normalised to upper case).
     *
     * @return the range, or empty when absent or invalid (errors are recorded)
     */
    public static Optional<MoneyRange> range(Validator v, String minField, String maxField, String currencyField,
                                             Long min, Long max, String currency, boolean required) {
        if (min == null && max == null && (currency == null || currency.isBlank())) {
            v.check(!required, minField, "is required");
            v.check(!required, maxField, "is required");
            v.check(!required, currencyField, "is required");
            return Optional.empty();
        }
        v.check(min != null, minField, "is required");
        v.check(max != null, maxField, "is required");
        String c = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        boolean currencyOk = CURRENCY.matcher(c).matches() && isIsoCurrency(c);
        v.check(currencyOk, currencyField, "must be an ISO 4217 currency code such as USD");
        v.check(min == null || min >= 0, minField, "must be at least 0 (minor units)");
        v.check(max == null || max >= 0, maxField, "must be at least 0 (minor units)");
        boolean ordered = min == null || max == null || min <= max;
        v.check(ordered, minField, "must not exceed " + maxField);
        if (min == null || max == null || !currencyOk || min < 0 || max < 0 || !ordered) {
            return Optional.empty();
        }
        return Optional.of(new MoneyRange(min, max, c));
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the availability named by {@code value} (case-insensitive); records an error when unknown */
    public static Optional<Availability> availability(Validator v, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Availability> a = Availability.parse(value);
        v.check(a.isPresent(), field, "must be one of available, busy, unavailable");
        return a;
    }
}
