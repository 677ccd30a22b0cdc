package io.ensemble.support;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/support/tickets} as sent (issue 23 §3): {@code subject} (1-200 characters),
 * {@code description} (1-5000), {@code category?} (≤ 50), {@code priority?} (default {@code medium}) and
 * {@code requesterId?} (when given, it must be the caller: nobody opens a ticket on behalf of someone else).
 */
public record OpenTicketCommand(String subject, String description, String category, String priority,
                                String requesterId) {
    /** Longest subject, in characters. */
    public static final int SUBJECT_MAX = 200;
    /** Longest description, in characters. */
    public static final int DESCRIPTION_MAX = 5000;
    /** Longest category, in characters. */
    public static final int CATEGORY_MAX = 50;

    /** The validated command. */
    public record Parsed(String subject, String description, Optional<String> category, TicketPriority priority,
                         Optional<UUID> requesterId) {
    }

    /** @throws ValidationFailed naming every bad field */
    public Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty() || s.length() > SUBJECT_MAX) {
            errors.add(new FieldError("subject", "is required, at most " + SUBJECT_MAX + " characters"));
        }
        String d = description == null ? "" : description.strip();
        if (d.isEmpty() || d.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "is required, at most " + DESCRIPTION_MAX + " characters"));
        }
        Optional<String> c = Optional.ofNullable(category).map(String::strip).filter(x -> !x.isEmpty());
        if (c.filter(x -> x.length() > CATEGORY_MAX).isPresent()) {
            errors.add(new FieldError("category", "at most " + CATEGORY_MAX + " characters"));
        }
        TicketPriority p = TicketPriority.MEDIUM;
        if (priority != null) {
            Optional<TicketPriority> parsed = TicketPriority.parse(priority);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("priority", "must be one of low, medium, high, urgent"));
            } else {
                p = parsed.get();
            }
        }
        Optional<UUID> r = Optional.empty();
        if (requesterId != null) {
            r = SupportIds.parse(requesterId);
            if (r.isEmpty()) {
                errors.add(new FieldError("requesterId", "must be a user id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Parsed(s, d, c, p, r);
    }
}
