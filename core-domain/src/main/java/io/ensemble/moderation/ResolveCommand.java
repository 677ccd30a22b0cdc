package io.ensemble.moderation;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.FilterValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code POST /api/v1/admin/reports/:id/resolve} as sent: {@code {action, note?}}; values may be null. */
public record ResolveCommand(String action, String note) {
    /** The checked command. */
    public record Parsed(ResolutionAction action, Optional<String> note) {
    }

    /**
     * @return the checked command
     * @throws ValidationFailed naming {@code action} or {@code note}
     */
    public Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        Optional<ResolutionAction> act = ResolutionAction.parse(action);
        if (act.isEmpty()) {
            errors.add(new FieldError("action", "must be one of " + WireNames.list(ResolutionAction.class)));
        }
        Optional<String> text = FilterValues.present(note);
        if (text.filter(n -> n.length() > ReportCommand.NOTE_MAX).isPresent()) {
            errors.add(new FieldError("note", "must be at most " + ReportCommand.NOTE_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Parsed(act.get(), text);
    }
}
