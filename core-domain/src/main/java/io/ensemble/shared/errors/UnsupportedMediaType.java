package io.ensemble.shared.errors;

/** The bytes are not of an accepted type, whatever the name or declared type say (415, {@code UNSUPPORTED_MEDIA_TYPE}). */
public class UnsupportedMediaType extends DomainException {
    /** @param message which types are accepted */
    public UnsupportedMediaType(String message) {
        super("UNSUPPORTED_MEDIA_TYPE", message);
    }
}
