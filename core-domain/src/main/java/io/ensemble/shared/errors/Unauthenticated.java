package io.ensemble.shared.errors;

/** Missing, invalid or expired credentials (401). The default code is {@code UNAUTHENTICATED}. */
public class Unauthenticated extends DomainException {
    public Unauthenticated(String message) {
        super("UNAUTHENTICATED", message);
    }

    public Unauthenticated(String code, String message) {
        super(code, message);
    }
}
