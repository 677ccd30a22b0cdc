package io.ensemble.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.shared.errors.FieldError;
import java.util.List;

/**
 * The error body of CONVENTIONS.md: {@code {success:false, error, message, code, details?}};
 * {@code details} appears only for field validation errors.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(boolean success, String error, String message, String code, List<FieldError> details) {

    public static ErrorBody of(String error, String message, String code) {
        return new ErrorBody(false, error, message, code, List.of());
    }

    public static ErrorBody of(String error, String message, String code, List<FieldError> details) {
        return new ErrorBody(false, error, message, code, details);
    }

    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public boolean success() {
        return false;
    }
}
