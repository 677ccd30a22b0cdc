package io.ensemble.events;

import io.ensemble.shared.errors.Validator;

/**
 * Body of answering an event (issue 21 §2; seeds/000 {@code event_attendees.status}). Self-validating.
 *
 * @param status {@code going}, {@code interested} or {@code not_going} (any case)
 */
public record RsvpCommand(String status) {
    /** @throws io.ensemble.shared.errors.ValidationFailed (field {@code status}) for anything else */
    public RsvpCommand {
        boolean known = RsvpChoice.parse(status).isPresent();
        new Validator().check(known, "status", "must be one of going, interested, not_going").throwIfInvalid();
        status = RsvpChoice.parse(status).orElseThrow().key();
    }

    /** @return the validated choice */
    public RsvpChoice choice() {
        return RsvpChoice.parse(status).orElseThrow();
    }
}
