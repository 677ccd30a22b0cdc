package io.ensemble.shared.errors;

/** An upload or fetched body is over a byte or pixel limit (413, {@code PAYLOAD_TOO_LARGE}). */
public class PayloadTooLarge extends DomainException {
    /** @param message which limit was exceeded, e.g. "Images may be at most 5 MB." */
    public PayloadTooLarge(String message) {
        super("PAYLOAD_TOO_LARGE", message);
    }
}
