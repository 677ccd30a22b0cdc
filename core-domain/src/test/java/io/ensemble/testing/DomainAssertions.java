package io.ensemble.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ensemble.shared.errors.DomainException;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the domain's typed exceptions. */
public final class DomainAssertions {
    private DomainAssertions() {
    }

    /** Asserts that {@code call} throws {@code type} with {@code code}. @return the exception */
    public static <T extends DomainException> T failsWith(Class<T> type, String code, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected %s with code %s", type.getSimpleName(), code).isInstanceOf(type);
        T e = type.cast(thrown);
        assertThat(e.code()).as("error code").isEqualTo(code);
        return e;
    }

    /** Asserts that {@code call} fails validation. @return the names of the bad fields, in order */
    public static List<String> invalidFields(ThrowingCallable call) {
        return failsWith(ValidationFailed.class, "VALIDATION_FAILED", call).errors().stream()
                .map(FieldError::field).toList();
    }

    /** Asserts that {@code call} fails validation. @return the field errors */
    public static List<FieldError> fieldErrors(ThrowingCallable call) {
        return failsWith(ValidationFailed.class, "VALIDATION_FAILED", call).errors();
    }
}
