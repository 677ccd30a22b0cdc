package io.ensemble.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed domain errors and the field validator behind every command record. */
class SharedErrorsTest {
    @Test
    void validator_collects_every_error_before_throwing() {
        Validator v = new Validator();
        v.required("a", null);
        v.required("b", " ");
        v.maxLength("c", "xxxx", 3).email("d", "not-an-email").check(false, "e", "is wrong");

        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(ValidationFailed.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("a", "b", "c", "d", "e");
                });
    }

    @Test
    void validator_passes_valid_input() {
        Validator v = new Validator();
        assertThat(v.required("a", "x")).isTrue();
        v.maxLength("b", "xxx", 3).maxLength("c", null, 3).email("d", "a@b.co").email("e", null).check(true, "f", "-");

        v.throwIfInvalid();

        assertThat(v.required("g", "")).isFalse();
        assertThatThrownBy(v::throwIfInvalid).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void validation_failed_keeps_an_immutable_copy_of_the_errors() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("email", "is required")));
        ValidationFailed e = new ValidationFailed(errors);

        errors.clear();

        assertThat(e.errors()).hasSize(1);
        assertThatThrownBy(() -> e.errors().add(new FieldError("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void coded_validation_failure_has_no_field_errors() {
        ValidationFailed e = new ValidationFailed("INVALID_OTP", "wrong");

        assertThat(e.code()).isEqualTo("INVALID_OTP");
        assertThat(e.errors()).isEmpty();
    }

    @Test
    void rate_limited_asks_to_wait_at_least_one_second() {
        assertThat(new RateLimited("slow down", 0).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateLimited("slow down", -5).retryAfterSeconds()).isEqualTo(1);
        assertThat(new RateLimited("slow down", 42).retryAfterSeconds()).isEqualTo(42);
        assertThat(new RateLimited("slow down", 42).code()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void errors_carry_their_default_and_specific_codes() {
        assertThat(new Forbidden("no").code()).isEqualTo("FORBIDDEN");
        assertThat(new Forbidden("EMAIL_NOT_VERIFIED", "no").code()).isEqualTo("EMAIL_NOT_VERIFIED");
        assertThat(new Unauthenticated("no").code()).isEqualTo("UNAUTHENTICATED");
        assertThat(new Conflict("no").code()).isEqualTo("CONFLICT");
        assertThat(new NotFound("no").code()).isEqualTo("NOT_FOUND");
        Throwable cause = new RuntimeException("db down");
        ProviderUnavailable p = new ProviderUnavailable("later", cause);
        assertThat(p.code()).isEqualTo("PROVIDER_UNAVAILABLE");
        assertThat(p.getCause()).isSameAs(cause);
        assertThat(p.getMessage()).isEqualTo("later");
    }
}
