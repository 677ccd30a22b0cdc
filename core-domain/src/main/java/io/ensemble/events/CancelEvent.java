package io.ensemble.events;

import io.ensemble.shared.errors.Validator;

/**
 * Body of cancelling an event (issue 21 §1). Self-validating.
 *
 * @param reason shown to attendees, 0..{@value #REASON_MAX} characters (null is empty)
 */
public record CancelEvent(String reason) {
    public static final int REASON_MAX = 500;

    /** @throws io.ensemble.shared.errors.ValidationFailed (field {@code reason}) when too long */
    public CancelEvent {
        reason = reason == null ? "" : reason.strip();
        new Validator().maxLength("reason", reason, REASON_MAX).throwIfInvalid();
    }
}
