package io.ensemble.shared.errors;

/** The resource does not exist, or the caller may not know it exists (404, {@code NOT_FOUND}). */
public class NotFound extends DomainException {
    public NotFound(String message) {
        super("NOT_FOUND", message);
    }
}
