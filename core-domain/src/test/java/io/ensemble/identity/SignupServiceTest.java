package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.identity.fakes.PlainPasswordHasher;
import io.ensemble.identity.fakes.RecordingMailer;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.testing.RollbackTransactions;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Signup, verify-otp and resend-otp (issue 3 §3). */
class SignupServiceTest {
    static final String EMAIL = "alice@example.com";

    final IdentityFixture f = IdentityFixture.create();

    private void verify(String email, String otp) {
        f.signup.verifyEmail(new CodeSubmission(email, otp));
    }

    private void resend(String email) {
        f.signup.resendVerification(new EmailRequest(email));
    }

    private String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    // --- signup

    @Test
    void signup_stores_an_unverified_active_user_with_the_chosen_role() {
        SignupResult result = f.signup.signup(new SignupCommand("Alice@Example.com", IdentityFixture.PASSWORD,
                " Alice ", Role.INFLUENCER, true));

        User user = f.users.findById(result.userId()).orElseThrow();
        assertThat(result.email()).isEqualTo(EMAIL);
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.name()).isEqualTo("Alice");
        assertThat(user.role()).isEqualTo(Role.INFLUENCER);
        assertThat(user.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.createdAt()).isEqualTo(IdentityFixture.START);
        assertThat(f.users.all()).hasSize(1);
    }

    @Test
    void a_profile_without_the_code_step_stores_a_verified_user_and_mails_nothing() {
        SignupResult result = f.signup.signup(new SignupCommand(EMAIL, IdentityFixture.PASSWORD, "Alice", Role.HOST,
                true), SignupPolicy.NO_CODE_STEP);

        User user = f.users.findById(result.userId()).orElseThrow();
        assertThat(user.emailVerified()).isTrue();
        assertThat(user.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(f.mailer.sent()).isEmpty();
    }

    @Test
    void the_code_step_policy_is_the_native_signup() {
        f.signup.signup(new SignupCommand(EMAIL, IdentityFixture.PASSWORD, "Alice", Role.HOST, true),
                SignupPolicy.VERIFY_BY_CODE);

        assertThat(f.users.get(EMAIL).emailVerified()).isFalse();
        assertThat(f.mailer.sent()).hasSize(1);
    }

    @Test
    void signup_stores_the_password_hash_not_the_password() {
        f.signUp(EMAIL);

        User user = f.users.get(EMAIL);
        assertThat(user.passwordHash())
                .isEqualTo(PlainPasswordHasher.encode(IdentityFixture.PASSWORD))
                .isNotEqualTo(IdentityFixture.PASSWORD);
        assertThat(f.hasher.hashes()).isEqualTo(1);
    }

    @Test
    void signup_mails_a_six_digit_code_to_the_normalised_email() {
        f.signUp(" ALICE@example.COM ");

        assertThat(f.mailer.sent()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(EMAIL);
            assertThat(m.subject()).isEqualTo("Verify your email");
            assertThat(RecordingMailer.otpIn(m)).matches("\\d{6}");
            assertThat(m.body()).contains("10 minutes");
        });
    }

    @Test
    void signup_stores_only_the_keyed_hash_of_the_code_with_a_ten_minute_expiry() {
        SignupResult result = f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        assertThat(f.codes.all()).singleElement().satisfies(code -> {
            assertThat(code.userId()).isEqualTo(result.userId());
            assertThat(code.purpose()).isEqualTo(OtpPurpose.EMAIL_VERIFICATION);
            assertThat(code.codeHash())
                    .isEqualTo(f.digest.hash(otp))
                    .matches("[0-9a-f]{64}")
                    .isNotEqualTo(otp);
            assertThat(code.attempts()).isZero();
            assertThat(code.createdAt()).isEqualTo(IdentityFixture.START);
            assertThat(code.expiresAt()).isEqualTo(IdentityFixture.START.plus(Duration.ofMinutes(10)));
            assertThat(code.consumedAt()).isEmpty();
        });
        MailMessage mail = f.mailer.last().orElseThrow();
        assertThat(mail.body()).doesNotContain(f.codes.all().get(0).codeHash());
    }

    @Test
    void rejects_duplicate_email_with_email_taken() {
        f.signUp(EMAIL);

        Conflict e = failsWith(Conflict.class, "EMAIL_TAKEN", () -> f.signUp("ALICE@example.com", Role.BRAND));

        assertThat(e).isNotNull();
        assertThat(f.users.all()).hasSize(1);
        assertThat(f.users.get(EMAIL).role()).isEqualTo(Role.CREATOR);
        assertThat(f.mailer.count()).isEqualTo(1);
        assertThat(f.codes.all()).hasSize(1);
    }

    @Test
    void signup_rolls_back_the_account_when_the_mail_cannot_be_sent_so_the_email_can_sign_up_again() {
        IdentityFixture rf = IdentityFixture.withRollback();
        rf.mailer.failWith(new ProviderUnavailable("SMTP down"));

        failsWith(ProviderUnavailable.class, "PROVIDER_UNAVAILABLE", () -> rf.signUp(EMAIL));

        assertThat(rf.users.all()).isEmpty();
        assertThat(rf.codes.all()).isEmpty();
        assertThat(((RollbackTransactions) rf.transactions).rollbacks()).isEqualTo(1);

        rf.mailer.recover();
        SignupResult again = rf.signUp(EMAIL);
        assertThat(rf.users.findById(again.userId())).isPresent();
        assertThat(rf.mailer.sentTo(EMAIL)).hasSize(1);
    }

    // --- verify-otp

    @Test
    void verify_otp_marks_the_email_verified_and_spends_the_code() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        verify(EMAIL, otp);

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
        assertThat(f.codes.all()).singleElement().satisfies(c -> {
            assertThat(c.consumedAt()).contains(IdentityFixture.START);
            assertThat(c.attempts()).isEqualTo(1);
        });
        assertThat(f.login(EMAIL).user().emailVerified()).isTrue();
    }

    @Test
    void verify_otp_accepts_the_email_in_any_case() {
        f.signUp(EMAIL);

        verify("  Alice@EXAMPLE.com", f.mailer.latestOtpTo(EMAIL));

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void rejects_wrong_code_with_invalid_otp() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        failsWith(ValidationFailed.class, "INVALID_OTP", () -> verify(EMAIL, wrongCode(otp)));

        assertThat(f.users.get(EMAIL).emailVerified()).isFalse();
        assertThat(f.codes.all()).singleElement().satisfies(c -> {
            assertThat(c.attempts()).isEqualTo(1);
            assertThat(c.consumedAt()).isEmpty();
        });
    }

    @Test
    void accepts_the_right_code_after_a_wrong_one() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        failsWith(ValidationFailed.class, "INVALID_OTP", () -> verify(EMAIL, wrongCode(otp)));

        verify(EMAIL, otp);

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void accepts_the_right_code_on_the_fifth_try_after_four_wrong_ones() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        for (int i = 0; i < 4; i++) {
            failsWith(ValidationFailed.class, "INVALID_OTP", () -> verify(EMAIL, wrongCode(otp)));
        }

        verify(EMAIL, otp);

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void five_wrong_tries_lock_the_code_and_then_even_the_right_code_fails() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        for (int i = 0; i < 4; i++) {
            failsWith(ValidationFailed.class, "INVALID_OTP", () -> verify(EMAIL, wrongCode(otp)));
        }

        failsWith(ValidationFailed.class, "OTP_LOCKED", () -> verify(EMAIL, wrongCode(otp)));

        ValidationFailed afterwards = failsWithAnyOtpError(() -> verify(EMAIL, otp));
        assertThat(afterwards.code()).isIn("INVALID_OTP", "OTP_LOCKED");
        assertThat(f.users.get(EMAIL).emailVerified()).isFalse();
        assertThat(f.codes.all()).singleElement().satisfies(c -> {
            assertThat(c.attempts()).isEqualTo(5);
            assertThat(c.consumedAt()).isPresent();
        });
    }

    private static ValidationFailed failsWithAnyOtpError(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(ValidationFailed.class);
        return (ValidationFailed) t;
    }

    @Test
    void rejects_code_ten_minutes_after_issue_with_otp_expired() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        f.clock.advance(Duration.ofMinutes(10));

        failsWith(ValidationFailed.class, "OTP_EXPIRED", () -> verify(EMAIL, otp));

        assertThat(f.users.get(EMAIL).emailVerified()).isFalse();
    }

    @Test
    void accepts_code_just_before_the_ten_minutes_are_over() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        f.clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        verify(EMAIL, otp);

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void rejects_unknown_email_exactly_like_a_wrong_code() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        ValidationFailed wrong = failsWith(ValidationFailed.class, "INVALID_OTP", () -> verify(EMAIL, wrongCode(otp)));

        ValidationFailed unknown = failsWith(ValidationFailed.class, "INVALID_OTP",
                () -> verify("nobody@example.com", otp));

        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
    }

    @Test
    void rejects_verification_of_an_already_verified_email_with_already_verified() {
        f.verifiedUser(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        failsWith(Conflict.class, "ALREADY_VERIFIED", () -> verify(EMAIL, otp));
    }

    // --- resend-otp

    @Test
    void resend_within_60_seconds_is_rate_limited() {
        f.signUp(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        RateLimited atOnce = failsWith(RateLimited.class, "RATE_LIMITED", () -> resend(EMAIL));
        assertThat(atOnce.retryAfterSeconds()).isBetween(1L, 60L);

        f.clock.advance(Duration.ofSeconds(45));
        RateLimited later = failsWith(RateLimited.class, "RATE_LIMITED", () -> resend(EMAIL));
        assertThat(later.retryAfterSeconds()).isBetween(1L, 15L);

        assertThat(f.mailer.count()).isEqualTo(1);
        assertThat(f.codes.all()).hasSize(1);
        verify(EMAIL, otp);
        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void resend_one_second_before_the_cooldown_ends_is_still_rate_limited() {
        f.signUp(EMAIL);
        f.clock.advance(Duration.ofSeconds(59));

        RateLimited e = failsWith(RateLimited.class, "RATE_LIMITED", () -> resend(EMAIL));

        assertThat(e.retryAfterSeconds()).isEqualTo(1);
        assertThat(f.mailer.count()).isEqualTo(1);
    }

    @Test
    void resend_cooldown_lasts_the_full_60_seconds() {
        f.signUp(EMAIL);
        f.clock.advance(Duration.ofMillis(59_500));

        RateLimited e = failsWith(RateLimited.class, "RATE_LIMITED", () -> resend(EMAIL));

        assertThat(e.retryAfterSeconds()).isEqualTo(1);
        assertThat(f.mailer.count()).isEqualTo(1);
    }

    @Test
    void resend_after_60_seconds_mails_a_new_code_and_the_old_code_no_longer_works() {
        f.signUp(EMAIL);
        String first = f.mailer.latestOtpTo(EMAIL);
        f.clock.advance(Duration.ofSeconds(60));

        resend(EMAIL);

        assertThat(f.mailer.sentTo(EMAIL)).hasSize(2);
        String second = f.mailer.latestOtpTo(EMAIL);
        assertThat(f.codes.all()).hasSize(2);
        assertThat(f.codes.all().get(0).consumedAt()).isPresent();
        if (!second.equals(first)) {
            failsWith(ValidationFailed.class, "INVALID_OTP", () -> verify(EMAIL, first));
        }
        verify(EMAIL, second);
        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void resent_code_gets_a_fresh_ten_minutes() {
        f.signUp(EMAIL);
        f.clock.advance(Duration.ofMinutes(9));
        resend(EMAIL);
        String second = f.mailer.latestOtpTo(EMAIL);
        f.clock.advance(Duration.ofMinutes(9));

        verify(EMAIL, second);

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
    }

    @Test
    void resend_for_an_unknown_email_is_silent() {
        assertThatCode(() -> resend("nobody@example.com")).doesNotThrowAnyException();
        assertThatCode(() -> resend("nobody@example.com")).doesNotThrowAnyException();

        assertThat(f.mailer.count()).isZero();
        assertThat(f.codes.all()).isEmpty();
    }

    @Test
    void resend_for_a_verified_email_is_silent() {
        f.verifiedUser(EMAIL);
        f.clock.advance(Duration.ofMinutes(5));

        assertThatCode(() -> resend(EMAIL)).doesNotThrowAnyException();

        assertThat(f.mailer.count()).isEqualTo(1);
        assertThat(f.codes.all()).hasSize(1);
    }

    @Test
    void resend_accepts_the_email_in_any_case() {
        f.signUp(EMAIL);
        f.clock.advance(Duration.ofMinutes(1));

        resend("ALICE@EXAMPLE.COM");

        assertThat(f.mailer.sentTo(EMAIL)).hasSize(2);
    }

    @Test
    void failed_resend_mail_neither_burns_the_live_code_nor_starts_the_cooldown() {
        IdentityFixture rf = IdentityFixture.withRollback();
        rf.signUp(EMAIL);
        rf.clock.advance(Duration.ofSeconds(60));
        rf.mailer.failWith(new ProviderUnavailable("SMTP down"));

        failsWith(ProviderUnavailable.class, "PROVIDER_UNAVAILABLE", () -> rf.signup.resendVerification(new EmailRequest(EMAIL)));

        rf.mailer.recover();
        assertThatCode(() -> rf.signup.resendVerification(new EmailRequest(EMAIL))).doesNotThrowAnyException();
        assertThat(rf.mailer.sentTo(EMAIL)).hasSize(2);
    }

    @Test
    void failed_resend_mail_keeps_the_previous_code_live() {
        IdentityFixture rf = IdentityFixture.withRollback();
        rf.signUp(EMAIL);
        String live = rf.mailer.latestOtpTo(EMAIL);
        rf.clock.advance(Duration.ofSeconds(60));
        rf.mailer.failWith(new ProviderUnavailable("SMTP down"));

        failsWith(ProviderUnavailable.class, "PROVIDER_UNAVAILABLE", () -> rf.signup.resendVerification(new EmailRequest(EMAIL)));

        rf.signup.verifyEmail(new CodeSubmission(EMAIL, live));
        assertThat(rf.users.get(EMAIL).emailVerified()).isTrue();
    }
}
