package io.ensemble.web.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.shared.errors.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The error body of CONVENTIONS.md: {@code {success:false, error, message, code, details?}};
 * {@code details} appears only for field validation errors.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(boolean success,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Short reason, e.g. Not Found")
                        String error,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What went wrong, for people")
                        String message,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Stable machine code, "
                                + "e.g. VALIDATION_FAILED; the route's description lists the codes it can answer")
                        String code,
                        @Schema(description = "One entry per invalid field (400 VALIDATION_FAILED only)")
                        List<FieldError> details) {

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
