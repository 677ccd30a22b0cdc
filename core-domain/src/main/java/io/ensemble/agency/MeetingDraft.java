package io.ensemble.agency;

import io.ensemble.shared.errors.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A meeting as an admin writes it (issue 22 §1), raw from the request: {@code startsAt} ISO-8601 instant, and
 * either {@code durationMinutes} (1..1440) or {@code endsAt} (ISO-8601, after {@code startsAt}); attendee ids
 * as UUID strings; {@code location} and {@code link} optional (at most 500 characters each), notes at most
 * 5000. {@link #validate()} throws {@link io.ensemble.shared.errors.ValidationFailed} naming every bad field
 * ({@code endsAt} before the start, or a duration below 1 minute, is named).
 */
public record MeetingDraft(String title, String startsAt, Integer durationMinutes, String endsAt,
                           List<String> attendeeIds, String location, String link, String notes) {
    /** Longest meeting, minutes. */
    public static final int MAX_MINUTES = 24 * 60;

    /** A validated draft: the fields typed. */
    public record Valid(String title, Instant startsAt, int durationMinutes, List<UUID> attendeeIds,
                        Optional<String> location, Optional<String> link, Optional<String> notes) {
    }

    /** @return the typed fields @throws io.ensemble.shared.errors.ValidationFailed naming each bad field */
    public Valid validate() {
        Validator v = new Validator();
        if (v.required("title", title)) {
            v.maxLength("title", title, 200);
        }
        Instant start = v.required("startsAt", startsAt) ? instant(v, "startsAt", startsAt) : null;
        int minutes = minutes(v, start);
        List<UUID> attendees = attendees(v);
        v.maxLength("location", location, 500).maxLength("link", link, 500).maxLength("notes", notes, 5000);
        v.check(link == null || link.isBlank() || link.startsWith("https://") || link.startsWith("http://"),
                "link", "must be an http(s) URL");
        v.throwIfInvalid();
        return new Valid(title.strip(), start, minutes, attendees, text(location), text(link), text(notes));
    }

    private int minutes(Validator v, Instant start) {
        if (endsAt != null && !endsAt.isBlank()) {
            Instant end = instant(v, "endsAt", endsAt);
            if (start == null || end == null) {
                return 0;
            }
            long m = Duration.between(start, end).toMinutes();
            v.check(end.isAfter(start), "endsAt", "must be after startsAt");
            v.check(!end.isAfter(start) || m <= MAX_MINUTES, "endsAt", "must be at most 24 hours after startsAt");
            return (int) Math.max(0, Math.min(m, MAX_MINUTES));
        }
        if (durationMinutes == null) {
            v.check(false, "durationMinutes", "is required (or endsAt)");
            return 0;
        }
        v.check(durationMinutes >= 1 && durationMinutes <= MAX_MINUTES, "durationMinutes",
                "must be between 1 and " + MAX_MINUTES + " (the meeting must end after it starts)");
        return durationMinutes;
    }

    private List<UUID> attendees(Validator v) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        List<String> given = attendeeIds == null ? List.of() : attendeeIds;
        v.check(given.size() <= 200, "attendeeIds", "must hold at most 200 ids");
        for (String s : given) {
            try {
                ids.add(UUID.fromString(String.valueOf(s).strip()));
            } catch (IllegalArgumentException e) {
                v.check(false, "attendeeIds", "must be user ids");
                break;
            }
        }
        return new ArrayList<>(ids);
    }

    private static Instant instant(Validator v, String field, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.check(false, field, "must be an ISO-8601 instant, e.g. 2030-01-31T09:00:00Z");
            return null;
        }
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
