package io.ensemble.integrations.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.PhoneNumber;
import io.ensemble.shared.errors.ValidationFailed;
import org.junit.jupiter.api.Test;

/** E.164 normalisation and the mobile-only rule (issue 23 §1). */
class LibPhoneNumbersTest {
    private final LibPhoneNumbers numbers = new LibPhoneNumbers();

    @Test
    void typed_numbers_are_normalised_to_e164_with_their_region() {
        assertThat(numbers.parseMobile("+1 (415) 234-5678")).isEqualTo(new PhoneNumber("+14152345678", "US"));
        assertThat(numbers.parseMobile(" +91 98765 43210 ")).isEqualTo(new PhoneNumber("+919876543210", "IN"));
        assertThat(numbers.parseMobile("+44 7400 123456")).isEqualTo(new PhoneNumber("+447400123456", "GB"));
    }

    @Test
    void missing_national_invalid_and_fixed_line_numbers_are_refused_on_phone() {
        for (String bad : new String[] {null, " ", "4152345678", "+1 415 000 0000", "+44 20 7183 8750", "+abc",
                "+1234567890123456789012345678901234"}) {
            assertThatThrownBy(() -> numbers.parseMobile(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(ValidationFailed.class,
                            e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("phone")));
        }
    }
}
