package io.ensemble.shared.errors;

/**
 * Base of every typed error the domain throws. Adapters map the concrete subclass to a status
 * code and render {@link #code()} and {@link #getMessage()} in the error body of CONVENTIONS.md.
 */
public abstract class DomainException extends RuntimeException {
    private final String code;

    /**
     * @param code stable machine code, e.g. {@code EMAIL_NOT_VERIFIED}
     * @param message what the client should do, safe to show to users
     */
    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** @return the stable machine code documented in the README */
    public String code() {
        return code;
    }
}
