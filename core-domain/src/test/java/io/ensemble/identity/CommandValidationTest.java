package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.fieldErrors;
import static io.ensemble.testing.DomainAssertions.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The self-validating command records of the identity use cases and the password policy. */
class CommandValidationTest {
    static final String TEN_KB = "a".repeat(10 * 1024);
    static final String EMAIL = "alice@example.com";
    static final String PASSWORD = "Str0ng-Pass";

    static SignupCommand signup(String email, String password, String name, Role role, boolean terms) {
        return new SignupCommand(email, password, name, role, terms);
    }

    static SignupCommand signupWithPassword(String password) {
        return signup(EMAIL, password, "Alice", Role.CREATOR, true);
    }

    @Nested
    class SignupEmail {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void rejects_missing_or_blank_email(String email) {
            assertThat(fieldErrors(() -> signup(email, PASSWORD, "Alice", Role.CREATOR, true)))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("email");
                        assertThat(e.message()).isEqualTo("is required");
                    });
        }

        @Test
        void rejects_email_of_10_kb() {
            assertThat(invalidFields(() -> signup(TEN_KB + "@example.com", PASSWORD, "Alice", Role.CREATOR, true)))
                    .containsExactly("email");
        }

        /** @return a syntactically valid address of exactly {@code length} characters */
        static String emailOfLength(int length) {
            String prefix = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + ".";
            String rest = "d".repeat(length - prefix.length() - 4) + ".com";
            String email = prefix + rest;
            assertThat(email).hasSize(length);
            return email;
        }

        @Test
        void accepts_email_of_254_characters_and_rejects_255() {
            assertThat(signup(emailOfLength(254), PASSWORD, "Alice", Role.CREATOR, true).email()).hasSize(254);
            assertThat(invalidFields(() -> signup(emailOfLength(255), PASSWORD, "Alice", Role.CREATOR, true)))
                    .containsExactly("email");
        }

        @ParameterizedTest
        @ValueSource(strings = {"not-an-email", "alice@", "@example.com", "alice@example", "a b@example.com",
                "alice@@example.com", "alice@-example.com", "alice@example..com"})
        void rejects_invalid_email(String email) {
            assertThat(fieldErrors(() -> signup(email, PASSWORD, "Alice", Role.CREATOR, true)))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("email");
                        assertThat(e.message()).contains("valid email");
                    });
        }

        @Test
        void normalises_email_to_trimmed_lower_case() {
            assertThat(signup("  Alice.Smith@Example.COM ", PASSWORD, "Alice", Role.CREATOR, true).email())
                    .isEqualTo("alice.smith@example.com");
        }

        @Test
        void accepts_plus_addressing_and_subdomains() {
            assertThat(signup("alice+ensemble@mail.example.co.uk", PASSWORD, "Alice", Role.CREATOR, true).email())
                    .isEqualTo("alice+ensemble@mail.example.co.uk");
        }
    }

    @Nested
    class SignupName {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void rejects_missing_or_blank_name(String name) {
            assertThat(invalidFields(() -> signup(EMAIL, PASSWORD, name, Role.CREATOR, true)))
                    .containsExactly("name");
        }

        @Test
        void rejects_name_of_10_kb() {
            assertThat(invalidFields(() -> signup(EMAIL, PASSWORD, TEN_KB, Role.CREATOR, true)))
                    .containsExactly("name");
        }

        @Test
        void accepts_name_of_100_characters_and_rejects_101() {
            assertThat(signup(EMAIL, PASSWORD, "n".repeat(100), Role.CREATOR, true).name()).hasSize(100);
            assertThat(invalidFields(() -> signup(EMAIL, PASSWORD, "n".repeat(101), Role.CREATOR, true)))
                    .containsExactly("name");
        }

        @Test
        void strips_surrounding_whitespace_from_name() {
            assertThat(signup(EMAIL, PASSWORD, "  Alice Smith \n", Role.CREATOR, true).name())
                    .isEqualTo("Alice Smith");
        }
    }

    @Nested
    class SignupPassword {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"        ", "\t\t\t\t\t\t\t\t"})
        void rejects_missing_or_blank_password(String password) {
            assertThat(fieldErrors(() -> signupWithPassword(password)))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("password");
                        assertThat(e.message()).isEqualTo("is required");
                    });
        }

        @Test
        void rejects_password_of_10_kb() {
            assertThat(fieldErrors(() -> signupWithPassword("Ab1-" + TEN_KB)))
                    .extracting(e -> e.field() + ": " + e.message())
                    .containsExactly("password: must be at most 1024 characters");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Sh0rt!",            // 6 characters
                "Ab1-xyz",           // 7 characters, all four classes
                "password",          // one class
                "Password",          // two classes
                "12345678",          // one class
                "PASSWORD1",         // two classes
                "password123",       // two classes
                "correcthorsebat",   // 15 characters, one class: below the passphrase length
                "aaaaaaaaaaaaaaaaaaaaaaaa"  // long but one repeated character
        })
        void rejects_weak_passwords(String password) {
            assertThat(invalidFields(() -> signupWithPassword(password))).containsOnly("password");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Passw0rd", "passw0rd!", "PASSWORD-1", "Str0ng-Pass"})
        void accepts_eight_plus_characters_mixing_three_classes(String password) {
            assertThat(signupWithPassword(password).password()).isEqualTo(password);
        }

        @ParameterizedTest
        @ValueSource(strings = {"correcthorsebatt", "correct horse battery staple", "ABCDEFGHIJKLMNOP"})
        void accepts_16_plus_character_passphrase_without_mix(String password) {
            assertThat(signupWithPassword(password).password()).isEqualTo(password);
        }

        @Test
        void accepts_100_character_passphrase() {
            String passphrase = "the quick brown fox jumps over the lazy dog ".repeat(3).substring(0, 100);
            assertThat(passphrase).hasSize(100);
            assertThat(signupWithPassword(passphrase).password()).isEqualTo(passphrase);
        }

        @Test
        void accepts_72_plus_character_passphrase_that_bcrypt_would_truncate() {
            String passphrase = "x".repeat(72) + "-and-more";
            assertThat(signupWithPassword(passphrase).password()).hasSize(81);
        }

        @Test
        void accepts_1024_characters_and_rejects_1025() {
            String max = "ab".repeat(512);
            assertThat(signupWithPassword(max).password()).hasSize(1024);
            assertThat(invalidFields(() -> signupWithPassword(max + "c"))).containsExactly("password");
        }
    }

    @Nested
    class SignupRoleAndTerms {
        @Test
        void rejects_missing_role() {
            assertThat(invalidFields(() -> signup(EMAIL, PASSWORD, "Alice", null, true))).containsExactly("role");
        }

        @Test
        void rejects_admin_role_at_signup() {
            assertThat(fieldErrors(() -> signup(EMAIL, PASSWORD, "Alice", Role.ADMIN, true)))
                    .extracting(e -> e.field() + ": " + e.message())
                    .containsExactly("role: cannot be chosen at signup");
        }

        @Test
        void rejects_agent_role_at_signup() {
            assertThat(invalidFields(() -> signup(EMAIL, PASSWORD, "Alice", Role.AGENT, true)))
                    .containsExactly("role");
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ADMIN", "AGENT"}, mode = EnumSource.Mode.EXCLUDE)
        void accepts_every_self_assignable_role(Role role) {
            assertThat(signup(EMAIL, PASSWORD, "Alice", role, true).role()).isEqualTo(role);
        }

        @Test
        void only_admin_and_agent_are_not_self_assignable() {
            assertThat(Arrays.stream(Role.values()).filter(r -> !r.selfAssignable()))
                    .containsExactlyInAnyOrder(Role.ADMIN, Role.AGENT);
            assertThat(EnumSet.allOf(Role.class)).hasSize(10);
        }

        @Test
        void parses_role_names_case_insensitively() {
            assertThat(Role.parse(" creator ")).contains(Role.CREATOR);
            assertThat(Role.parse("Brand")).contains(Role.BRAND);
            assertThat(Role.parse("superuser")).isEmpty();
            assertThat(Role.parse(null)).isEmpty();
        }

        @Test
        void refuses_terms_not_accepted() {
            assertThat(fieldErrors(() -> signup(EMAIL, PASSWORD, "Alice", Role.CREATOR, false)))
                    .extracting(e -> e.field() + ": " + e.message())
                    .containsExactly("termsAccepted: must be true");
        }

        @Test
        void reports_every_bad_field_at_once() {
            assertThat(invalidFields(() -> signup("nope", "weak", " ", Role.ADMIN, false)))
                    .containsExactlyInAnyOrder("email", "name", "password", "role", "termsAccepted");
        }
    }

    @Nested
    class LoginCredentials {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void rejects_missing_or_blank_email(String email) {
            assertThat(invalidFields(() -> new Credentials(email, PASSWORD))).containsExactly("email");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void rejects_missing_or_blank_password(String password) {
            assertThat(invalidFields(() -> new Credentials(EMAIL, password))).containsExactly("password");
        }

        @Test
        void rejects_invalid_email() {
            assertThat(invalidFields(() -> new Credentials("alice.example.com", PASSWORD))).containsExactly("email");
        }

        @Test
        void rejects_10_kb_fields() {
            assertThat(invalidFields(() -> new Credentials(TEN_KB + "@example.com", TEN_KB)))
                    .containsExactly("email", "password");
        }

        @Test
        void normalises_email_to_lower_case() {
            assertThat(new Credentials(" ALICE@Example.com ", PASSWORD).email()).isEqualTo(EMAIL);
        }

        @Test
        void does_not_apply_the_strength_rule_at_login() {
            assertThat(new Credentials(EMAIL, "x").password()).isEqualTo("x");
        }
    }

    @Nested
    class OtpSubmission {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void rejects_missing_or_blank_otp(String otp) {
            assertThat(invalidFields(() -> new CodeSubmission(EMAIL, otp))).containsExactly("otp");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "1234567", "12a456", "12 456", "١٢٣٤٥٦"})
        void rejects_otp_that_is_not_six_ascii_digits(String otp) {
            assertThat(fieldErrors(() -> new CodeSubmission(EMAIL, otp)))
                    .extracting(e -> e.field() + ": " + e.message())
                    .containsExactly("otp: must be 6 digits");
        }

        @Test
        void rejects_10_kb_otp_and_email() {
            assertThat(invalidFields(() -> new CodeSubmission(TEN_KB + "@example.com", TEN_KB)))
                    .containsExactly("email", "otp");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "alice"})
        void rejects_missing_or_invalid_email(String email) {
            assertThat(invalidFields(() -> new CodeSubmission(email, "123456"))).containsExactly("email");
        }

        @Test
        void strips_otp_and_normalises_email() {
            CodeSubmission s = new CodeSubmission("Alice@EXAMPLE.com", " 012345 ");
            assertThat(s.email()).isEqualTo(EMAIL);
            assertThat(s.otp()).isEqualTo("012345");
        }
    }

    @Nested
    class EmailOnlyRequest {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void rejects_missing_or_blank_email(String email) {
            assertThat(invalidFields(() -> new EmailRequest(email))).containsExactly("email");
        }

        @Test
        void rejects_invalid_and_10_kb_email() {
            assertThat(invalidFields(() -> new EmailRequest("alice@"))).containsExactly("email");
            assertThat(invalidFields(() -> new EmailRequest(TEN_KB + "@example.com"))).containsExactly("email");
        }

        @Test
        void normalises_email_to_lower_case() {
            assertThat(new EmailRequest(" Alice@Example.COM").email()).isEqualTo(EMAIL);
        }
    }

    @Nested
    class ResetCommand {
        static final String TOKEN = "A".repeat(43);

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void rejects_missing_or_blank_reset_token(String token) {
            assertThat(invalidFields(() -> new PasswordResetCommand(token, PASSWORD))).containsExactly("resetToken");
        }

        @Test
        void rejects_10_kb_reset_token() {
            assertThat(invalidFields(() -> new PasswordResetCommand(TEN_KB, PASSWORD))).containsExactly("resetToken");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"password", "Sh0rt!", "aaaaaaaaaaaaaaaaaaaa"})
        void rejects_missing_or_weak_new_password(String password) {
            assertThat(invalidFields(() -> new PasswordResetCommand(TOKEN, password))).containsOnly("newPassword");
        }

        @Test
        void rejects_10_kb_new_password() {
            assertThat(invalidFields(() -> new PasswordResetCommand(TOKEN, TEN_KB))).containsOnly("newPassword");
        }

        @Test
        void accepts_100_character_passphrase() {
            String passphrase = "p".repeat(50) + " " + "q".repeat(49);
            assertThat(new PasswordResetCommand(TOKEN, passphrase).newPassword()).hasSize(100);
        }
    }
}
