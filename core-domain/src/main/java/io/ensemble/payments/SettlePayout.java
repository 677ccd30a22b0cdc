package io.ensemble.payments;

import io.ensemble.shared.errors.Validator;
import java.util.Locale;
import java.util.Optional;

/**
 * Body of {@code PUT /api/v1/payouts/:id} (seeds/003 §Payouts): {@code {status: PAID|FAILED, note?}}.
 * Self-validating: throws {@link io.ensemble.shared.errors.ValidationFailed} naming each bad field.
 *
 * @param status PAID or FAILED (any case)
 * @param note optional, at most {@value #NOTE_MAX} characters
 */
public record SettlePayout(String status, String note) {
    public static final int NOTE_MAX = 500;

    public SettlePayout {
        status = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        note = note == null || note.isBlank() ? null : note.strip();
        Validator v = new Validator();
        if (v.required("status", status)) {
            v.check(status.equals("PAID") || status.equals("FAILED"), "status", "must be PAID or FAILED");
        }
        v.maxLength("note", note, NOTE_MAX);
        v.throwIfInvalid();
    }

    /** @return the target status */
    public PayoutStatus next() {
        return PayoutStatus.valueOf(status);
    }

    /** @return the note, empty when none */
    public Optional<String> reason() {
        return Optional.ofNullable(note);
    }
}
