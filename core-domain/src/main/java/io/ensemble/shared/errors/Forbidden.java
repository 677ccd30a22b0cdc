package io.ensemble.shared.errors;

/** The caller is known but may not do this (403). The default code is {@code FORBIDDEN}. */
public class Forbidden extends DomainException {
    public Forbidden(String message) {
        super("FORBIDDEN", message);
    }

    /** @param code a more specific code, e.g. {@code EMAIL_NOT_VERIFIED} */
    public Forbidden(String code, String message) {
        super(code, message);
    }
}
