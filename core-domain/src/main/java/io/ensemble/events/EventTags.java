package io.ensemble.events;

import io.ensemble.shared.errors.Validator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The tag format of events: lower-case slugs such as {@code techno} or {@code open-air}. */
public final class EventTags {
    /** A tag: a letter or digit, then up to 31 letters, digits or hyphens. */
    public static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private EventTags() {
    }

    /**
     * Trims, drops one leading {@code #}, lower-cases and de-duplicates (first occurrence wins).
     *
     * @param tags as sent, null meaning none
     * @param v collects the error of field {@code tags}: a malformed tag or more than
     *          {@value EventCommand#TAGS_MAX}
     * @return the normalised tags (the valid ones when {@code v} recorded an error)
     */
    static List<String> normalise(List<String> tags, Validator v) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : tags == null ? List.<String>of() : tags) {
            String tag = raw == null ? "" : raw.strip();
            tag = (tag.startsWith("#") ? tag.substring(1) : tag).toLowerCase(Locale.ROOT);
            if (!FORMAT.matcher(tag).matches()) {
                v.check(false, "tags", "'" + abbreviate(raw) + "' is not a tag: use 1-32 letters, digits"
                        + " or hyphens, e.g. open-air");
                continue;
            }
            out.add(tag);
        }
        v.check(out.size() <= EventCommand.TAGS_MAX, "tags", "at most " + EventCommand.TAGS_MAX + " tags");
        return List.copyOf(out);
    }

    private static String abbreviate(String s) {
        String v = String.valueOf(s);
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
