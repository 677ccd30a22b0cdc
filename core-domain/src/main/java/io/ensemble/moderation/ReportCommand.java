package io.ensemble.moderation;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/reports} as sent: {@code {targetType, targetId, reason, note?}}; every value may
 * be null, {@link #parse()} checks them.
 */
public record ReportCommand(String targetType, String targetId, String reason, String note) {
    /** The longest note kept, in characters. */
    public static final int NOTE_MAX = 1000;

    /** The checked command. */
    public record Parsed(ReportTargetType targetType, UUID targetId, ReportReason reason, Optional<String> note) {
    }

    /**
     * @return the checked command
     * @throws ValidationFailed naming {@code targetType}, {@code targetId}, {@code reason} or {@code note}
     */
    public Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        Optional<ReportTargetType> type = ReportTargetType.parse(targetType);
        if (type.isEmpty()) {
            errors.add(new FieldError("targetType", "must be one of " + WireNames.list(ReportTargetType.class)));
        }
        Optional<UUID> id = Ids.parse(targetId);
        if (id.isEmpty()) {
            errors.add(new FieldError("targetId", "must be the id (UUID) of the reported target"));
        }
        Optional<ReportReason> why = ReportReason.parse(reason);
        if (why.isEmpty()) {
            errors.add(new FieldError("reason", "must be one of " + WireNames.list(ReportReason.class)));
        }
        Optional<String> text = FilterValues.present(note);
        if (text.filter(n -> n.length() > NOTE_MAX).isPresent()) {
            errors.add(new FieldError("note", "must be at most " + NOTE_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Parsed(type.get(), id.get(), why.get(), text);
    }
}
