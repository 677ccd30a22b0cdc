package io.ensemble.shared.errors;

import java.util.List;

/** Input is malformed; {@link #errors()} names each bad field (400, {@code VALIDATION_FAILED}). */
public class ValidationFailed extends DomainException {
    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super("VALIDATION_FAILED", "Some fields are invalid; see details.");
        this.errors = List.copyOf(errors);
    }

    /** A validation failure with a specific code and no field list, e.g. {@code INVALID_OTP}. */
    public ValidationFailed(String code, String message) {
        super(code, message);
        this.errors = List.of();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
