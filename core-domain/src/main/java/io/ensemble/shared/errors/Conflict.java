package io.ensemble.shared.errors;

/** The request clashes with the current state, e.g. a duplicate email (409, {@code CONFLICT}). */
public class Conflict extends DomainException {
    public Conflict(String message) {
        super("CONFLICT", message);
    }

    public Conflict(String code, String message) {
        super(code, message);
    }
}
