package io.ensemble.web.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.web.http.Requests;
import org.junit.jupiter.api.Test;

/** Query parameters carrying NUL ({@code %00}) are refused, naming each parameter, before anything runs. */
class NulParameterFilterTest {
    private final NulParameterFilter filter = new NulParameterFilter();

    @Test
    void nul_in_a_query_value_or_name_is_a_validation_error_per_parameter() {
        ValidationFailed e = catchThrowableOfType(ValidationFailed.class,
                () -> filter.filter(Requests.request("GET", "/api/v1/search?q=a%00b&ok=1&x%00y=2")));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("q", "x?y");
        assertThat(e.errors()).extracting(FieldError::message).containsOnly(NulCharacters.MESSAGE);
    }

    @Test
    void ordinary_and_encoded_parameters_pass() {
        assertThatCode(() -> filter.filter(Requests.request("GET", "/api/v1/search?q=caf%C3%A9&limit=20&cursor=")))
                .doesNotThrowAnyException();
    }

    @Test
    void nul_detection_covers_only_u0000() {
        assertThat(NulCharacters.contains("a\u0000")).isTrue();
        assertThat(NulCharacters.contains("a\\u0000")).isFalse();
        assertThat(NulCharacters.contains(null)).isFalse();
    }
}
