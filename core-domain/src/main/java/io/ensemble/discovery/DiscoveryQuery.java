package io.ensemble.discovery;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of a discovery list (seeds/001 §Discovery): free-text {@code search} over names,
 * {@code categories} (any of them matches), {@code region} (case-insensitive), a follower range,
 * seeds/002's {@code platform} (users with followers on that network), and the page ({@code limit}
 * clamped to 1..100, keyset {@code cursor}). Build it with
 * {@link #parse}; category existence is checked by {@link DiscoveryService}.
 */
public record DiscoveryQuery(
        Optional<String> search,
        List<String> categories,
        Optional<String> region,
        OptionalLong minFollowers,
        OptionalLong maxFollowers,
        int limit,
        Optional<DiscoveryCursor> after,
        Optional<io.ensemble.social.Platform> platform,
        Optional<Boolean> verified) {
    /** Longest accepted {@code search} and {@code region}, in characters. */
    public static final int MAX_TEXT = 100;
    /** Most categories one query may name. */
    public static final int MAX_CATEGORIES = 20;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** @throws NullPointerException when a component is null */
    public DiscoveryQuery {
        Objects.requireNonNull(search, "search");
        categories = List.copyOf(categories);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(minFollowers, "minFollowers");
        Objects.requireNonNull(maxFollowers, "maxFollowers");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(verified, "verified");
    }

    /** @return whether results are ordered by search relevance */
    public boolean searching() {
        return search.isPresent();
    }

    /**
     * Parses query-string values as sent; null or blank means "not given".
     *
     * @param search name / business name text
     * @param categories values of every {@code categories} (or {@code categories[]}) parameter, each
     *                   possibly comma-separated, e.g. {@code ["hair,nails", "spa"]}
     * @param region region name
     * @param minFollowers whole number ≥ 0
     * @param maxFollowers whole number ≥ 0 and ≥ {@code minFollowers}
     * @param cursor a {@code nextCursor} of the same list
     * @param limit page size (default 20, clamped to 1..100)
     * @throws ValidationFailed naming every bad field
     */
    public static DiscoveryQuery parse(String search, List<String> categories, String region, String minFollowers,
                                       String maxFollowers, String cursor, String limit) {
        return parse(search, categories, region, minFollowers, maxFollowers, cursor, limit, null);
    }

    /**
     * Like {@link #parse(String, List, String, String, String, String, String)} with seeds/002's
     * {@code platform} filter ({@code GET /profile/creators}).
     *
     * @param platform a social platform key ({@code tiktok}, {@code instagram}, {@code youtube},
     *                 {@code twitch}, {@code twitter}; case-insensitive): only users with followers there
     * @throws ValidationFailed naming every bad field, {@code platform} for an unknown one
     */
    public static DiscoveryQuery parse(String search, List<String> categories, String region, String minFollowers,
                                       String maxFollowers, String cursor, String limit, String platform) {
        return parse(search, categories, region, minFollowers, maxFollowers, cursor, limit, platform, null);
    }

    /**
     * Like {@link #parse(String, List, String, String, String, String, String, String)} with issue 20 §3's
     * {@code verified} filter.
     *
     * @param verified {@code true} (only admin-verified profiles) or {@code false} (only unverified ones)
     * @throws ValidationFailed naming every bad field, {@code verified} when it is not true or false
     */
    public static DiscoveryQuery parse(String search, List<String> categories, String region, String minFollowers,
                                       String maxFollowers, String cursor, String limit, String platform,
                                       String verified) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Boolean> badge = flag(verified, errors);
        Optional<io.ensemble.social.Platform> network = platform(platform, errors);
        Optional<String> text = text("search", search, errors);
        Optional<String> where = text("region", region, errors);
        List<String> slugs = slugs(categories, errors);
        OptionalLong min = count("minFollowers", minFollowers, errors);
        OptionalLong max = count("maxFollowers", maxFollowers, errors);
        if (min.isPresent() && max.isPresent() && min.getAsLong() > max.getAsLong()) {
            errors.add(new FieldError("maxFollowers", "must be at least minFollowers"));
        }
        int size = PageRequest.DEFAULT_LIMIT;
        try {
            size = PageRequest.of(limit, null).limit();
        } catch (ValidationFailed e) {
            errors.addAll(e.errors());
        }
        Optional<DiscoveryCursor> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Optional.of(DiscoveryCursor.decode(cursor.trim(), text.isPresent()));
            } catch (ValidationFailed e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new DiscoveryQuery(text, slugs, where, min, max, size, after, network, badge);
    }

    private static Optional<Boolean> flag(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(v.toLowerCase(Locale.ROOT)));
        }
        errors.add(new FieldError("verified", "must be true or false"));
        return Optional.empty();
    }

    private static Optional<io.ensemble.social.Platform> platform(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String key = value.strip().toLowerCase(java.util.Locale.ROOT);
        for (io.ensemble.social.Platform p : io.ensemble.social.Platform.values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        errors.add(new FieldError("platform", "must be one of tiktok, instagram, youtube, twitch, twitter"));
        return Optional.empty();
    }

    private static Optional<String> text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return Optional.of(v);
    }

    private static List<String> slugs(List<String> values, List<FieldError> errors) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String slug = part.strip().toLowerCase(Locale.ROOT);
                if (slug.isEmpty()) {
                    continue;
                }
                if (!SLUG.matcher(slug).matches()) {
                    errors.add(new FieldError("categories", "'" + abbreviate(part.strip()) + "' is not a category"));
                    return List.of();
                }
                out.add(slug);
            }
        }
        if (out.size() > MAX_CATEGORIES) {
            errors.add(new FieldError("categories", "at most " + MAX_CATEGORIES + " categories"));
        }
        return List.copyOf(out);
    }

    private static OptionalLong count(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        String v = value.strip();
        if (!v.matches("\\d{1,18}")) {
            errors.add(new FieldError(field, "must be a whole number of at least 0"));
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(v));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
