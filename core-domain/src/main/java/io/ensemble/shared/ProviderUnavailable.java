package io.ensemble.shared;

/** A backing service (database, provider API) is down or timing out (503, {@code PROVIDER_UNAVAILABLE}). */
public class ProviderUnavailable extends DomainException {
    public ProviderUnavailable(String message) {
        super("PROVIDER_UNAVAILABLE", message);
    }

    public ProviderUnavailable(String message, Throwable cause) {
        super("PROVIDER_UNAVAILABLE", message);
        initCause(cause);
    }

    /** For subclasses with a more specific code, e.g. {@link ProviderNotConfigured}. */
    protected ProviderUnavailable(String code, String message, Throwable cause) {
        super(code, message);
        if (cause != null) {
            initCause(cause);
        }
    }
}
