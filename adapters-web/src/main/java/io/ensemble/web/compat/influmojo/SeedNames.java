package io.ensemble.web.compat.influmojo;

import java.util.Locale;
import java.util.regex.Pattern;

/** Seeds/002's Prisma spelling: {@code contentType} → {@code content_type} (issue 23 §6). */
final class SeedNames {
    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private SeedNames() {
    }

    /** @return {@code name} in snake case; names already in snake case are returned as they are */
    static String snake(String name) {
        return HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
