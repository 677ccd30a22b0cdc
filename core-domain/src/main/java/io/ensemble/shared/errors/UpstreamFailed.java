package io.ensemble.shared.errors;

/**
 * A remote server we fetched on the caller's behalf failed: error status, not an image, too big,
 * or too slow. {@code UPSTREAM_FAILED} maps to 502, {@code UPSTREAM_TIMEOUT} to 504.
 */
public class UpstreamFailed extends DomainException {
    /**
     * @param code {@code UPSTREAM_FAILED} or {@code UPSTREAM_TIMEOUT}
     * @param message what went wrong, without internal addresses
     */
    public UpstreamFailed(String code, String message) {
        super(code, message);
    }

    /** @return whether this is a timeout (504) rather than a bad answer (502) */
    public boolean timedOut() {
        return "UPSTREAM_TIMEOUT".equals(code());
    }
}
