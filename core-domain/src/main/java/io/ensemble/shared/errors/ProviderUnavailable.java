package io.ensemble.shared.errors;

/** A backing service (database, provider API) is down or timing out (503, {@code PROVIDER_UNAVAILABLE}). */
public class ProviderUnavailable extends DomainException {
    public ProviderUnavailable(String message) {
        super("PROVIDER_UNAVAILABLE", message);
    }

    public ProviderUnavailable(String message, Throwable cause) {
        super("PROVIDER_UNAVAILABLE", message);
        initCause(cause);
    }

    /**
     * For subclasses with their own 503 code, e.g. {@code PROVIDER_NOT_CONFIGURED}.
     *
     * @param code stable machine code
     * @param message what the client or operator should do
     */
    protected ProviderUnavailable(String code, String message, Throwable cause) {
        super(code, message);
        if (cause != null) {
            initCause(cause);
        }
    }
}
