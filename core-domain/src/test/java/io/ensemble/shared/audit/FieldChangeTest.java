package io.ensemble.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldChangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "passwordHash", "password_hash", "refresh_token", "accessToken", "clientSecret",
        "apiKey", "api_key", "API_KEY", "otp", "otp.code", "webhook-secret", "pin", "Authorization"})
    void secret_fields_keep_their_name_but_never_their_values(String field) {
        FieldChange change = FieldChange.of(field, "old-s3cret", "new-s3cret");

        assertThat(FieldChange.isSecret(field)).isTrue();
        assertThat(change.field()).isEqualTo(field);
        assertThat(change.before()).contains(FieldChange.REDACTED);
        assertThat(change.after()).contains(FieldChange.REDACTED);
        assertThat(change.toString()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "role", "email", "keyboardLayout", "monkey", "tokenizer", "currencyCode"})
    void other_fields_keep_their_values(String field) {
        FieldChange change = FieldChange.of(field, "a", "b");

        assertThat(FieldChange.isSecret(field)).isFalse();
        assertThat(change.before()).contains("a");
        assertThat(change.after()).contains("b");
    }

    @Test
    void an_unset_side_stays_unset_even_for_a_secret() {
        FieldChange change = FieldChange.of("password", null, "x");

        assertThat(change.before()).isEmpty();
        assertThat(change.after()).contains(FieldChange.REDACTED);
        assertThat(FieldChange.of("status", "ACTIVE", null).after()).isEqualTo(Optional.empty());
    }

    @Test
    void long_values_are_cut_and_blank_or_long_names_refused() {
        assertThat(FieldChange.of("bio", "x".repeat(5000), null).before())
                .contains("x".repeat(FieldChange.MAX_VALUE_LENGTH));
        assertThatThrownBy(() -> FieldChange.of(" ", "a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldChange.of("f".repeat(101), "a", "b")).isInstanceOf(IllegalArgumentException.class);
    }
}
