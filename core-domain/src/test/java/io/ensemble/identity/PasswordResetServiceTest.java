package io.ensemble.identity;

import static io.ensemble.testing.DomainAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ensemble.identity.fakes.IdentityFixture;
import io.ensemble.identity.fakes.PlainPasswordHasher;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.mail.MailMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** forgot-password, resend-forgot-otp, verify-forgot-otp and reset-password (issue 3 §3). */
class PasswordResetServiceTest {
    static final String EMAIL = "alice@example.com";
    static final String NEW_PASSWORD = "N3w-Secret!";

    final IdentityFixture f = IdentityFixture.create();

    /** Asks for a reset, then lets the background job work the queue off (as the app does after the answer). */
    private void forgot(String email) {
        f.passwordReset.requestReset(new EmailRequest(email));
        f.passwordReset.sendQueuedResets(100);
    }

    private ResetToken verifyCode(String email, String otp) {
        return f.passwordReset.verifyResetCode(new CodeSubmission(email, otp));
    }

    private void reset(String token, String password) {
        f.passwordReset.resetPassword(new PasswordResetCommand(token, password), RequestOrigin.UNKNOWN);
    }

    /** Runs forgot-password for a verified account and trades the mailed code for a reset token. */
    private ResetToken resetTokenFor(String email) {
        forgot(email);
        return verifyCode(email, f.mailer.latestOtpTo(email));
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    // --- forgot-password / resend-forgot-otp

    @Test
    void forgot_password_for_an_unknown_email_sends_nothing_and_returns_normally() {
        assertThatCode(() -> forgot("nobody@example.com")).doesNotThrowAnyException();
        assertThatCode(() -> forgot("nobody@example.com")).doesNotThrowAnyException();

        assertThat(f.mailer.count()).isZero();
        assertThat(f.codes.all()).isEmpty();
    }

    @Test
    void forgot_password_for_a_known_email_mails_a_reset_code() {
        User alice = f.verifiedUser(EMAIL);
        f.clock.advance(Duration.ofMinutes(5));

        forgot("Alice@Example.com");

        MailMessage mail = f.mailer.last().orElseThrow();
        assertThat(mail.to()).isEqualTo(EMAIL);
        assertThat(mail.subject()).isEqualTo("Reset your password");
        String otp = f.mailer.latestOtpTo(EMAIL);
        assertThat(f.codes.of(alice.id(), OtpPurpose.PASSWORD_RESET)).singleElement().satisfies(c -> {
            assertThat(c.codeHash()).isEqualTo(f.digest.hash(otp)).isNotEqualTo(otp);
            assertThat(c.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(10)));
        });
    }

    @Test
    void second_forgot_password_within_60_seconds_mails_nothing_and_still_returns_normally() {
        f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String first = f.mailer.latestOtpTo(EMAIL);
        int mails = f.mailer.count();
        f.clock.advance(Duration.ofSeconds(59));

        assertThatCode(() -> forgot(EMAIL)).doesNotThrowAnyException();

        assertThat(f.mailer.count()).isEqualTo(mails);
        assertThat(verifyCode(EMAIL, first).resetToken()).hasSize(43);
    }

    @Test
    void resend_forgot_otp_after_60_seconds_mails_a_new_code_and_the_old_one_stops_working() {
        User alice = f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String first = f.mailer.latestOtpTo(EMAIL);
        f.clock.advance(Duration.ofSeconds(60));

        forgot(EMAIL);

        String second = f.mailer.latestOtpTo(EMAIL);
        assertThat(f.codes.of(alice.id(), OtpPurpose.PASSWORD_RESET)).hasSize(2)
                .filteredOn(c -> c.consumedAt().isEmpty()).singleElement()
                .satisfies(c -> assertThat(c.codeHash()).isEqualTo(f.digest.hash(second)));
        if (!second.equals(first)) {
            failsWith(ValidationFailed.class, "INVALID_OTP", () -> verifyCode(EMAIL, first));
        }
        assertThat(verifyCode(EMAIL, second).resetToken()).hasSize(43);
    }

    @Test
    void signup_verification_code_does_not_start_the_reset_cooldown() {
        f.signUp(EMAIL);

        forgot(EMAIL);

        assertThat(f.mailer.sentTo(EMAIL)).extracting(MailMessage::subject)
                .containsExactly("Verify your email", "Reset your password");
    }

    // --- verify-forgot-otp

    @Test
    void verify_forgot_otp_returns_a_43_character_reset_token_valid_15_minutes() {
        User alice = f.verifiedUser(EMAIL);

        ResetToken token = resetTokenFor(EMAIL);

        assertThat(token.resetToken()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.expiresIn()).isEqualTo(15 * 60);
        assertThat(f.codes.of(alice.id(), OtpPurpose.RESET_TOKEN)).singleElement().satisfies(c -> {
            assertThat(c.codeHash()).isEqualTo(f.digest.hash(token.resetToken())).isNotEqualTo(token.resetToken());
            assertThat(c.expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(15)));
        });
        assertThat(f.codes.of(alice.id(), OtpPurpose.PASSWORD_RESET)).singleElement()
                .satisfies(c -> assertThat(c.consumedAt()).isPresent());
    }

    @Test
    void verify_forgot_otp_spends_the_code() {
        f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        verifyCode(EMAIL, otp);

        failsWith(ValidationFailed.class, "INVALID_OTP", () -> verifyCode(EMAIL, otp));
    }

    @Test
    void verify_forgot_otp_rejects_a_wrong_code() {
        f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        failsWith(ValidationFailed.class, "INVALID_OTP", () -> verifyCode(EMAIL, wrongCode(otp)));

        assertThat(f.codes.all()).noneMatch(c -> c.purpose() == OtpPurpose.RESET_TOKEN);
    }

    @Test
    void verify_forgot_otp_rejects_an_unknown_email_like_a_wrong_code() {
        failsWith(ValidationFailed.class, "INVALID_OTP", () -> verifyCode("nobody@example.com", "123456"));
    }

    @Test
    void verify_forgot_otp_rejects_a_code_after_ten_minutes() {
        f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        f.clock.advance(Duration.ofMinutes(10));

        failsWith(ValidationFailed.class, "OTP_EXPIRED", () -> verifyCode(EMAIL, otp));
    }

    @Test
    void verify_forgot_otp_locks_the_code_after_five_wrong_tries() {
        f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);
        for (int i = 0; i < 4; i++) {
            failsWith(ValidationFailed.class, "INVALID_OTP", () -> verifyCode(EMAIL, wrongCode(otp)));
        }
        failsWith(ValidationFailed.class, "OTP_LOCKED", () -> verifyCode(EMAIL, wrongCode(otp)));

        Throwable rightCode = catchThrowable(() -> verifyCode(EMAIL, otp));

        assertThat(rightCode).isInstanceOf(ValidationFailed.class);
        assertThat(f.codes.all()).noneMatch(c -> c.purpose() == OtpPurpose.RESET_TOKEN);
    }

    @Test
    void email_verification_code_is_not_a_password_reset_code() {
        f.signUp(EMAIL);
        String verification = f.mailer.latestOtpTo(EMAIL);

        failsWith(ValidationFailed.class, "INVALID_OTP", () -> verifyCode(EMAIL, verification));
    }

    // --- reset-password

    @Test
    void reset_password_changes_the_password() {
        User alice = f.verifiedUser(EMAIL);
        ResetToken token = resetTokenFor(EMAIL);
        f.clock.advance(Duration.ofMinutes(1));

        reset(token.resetToken(), NEW_PASSWORD);

        assertThat(f.users.get(EMAIL).passwordHash()).isEqualTo(PlainPasswordHasher.encode(NEW_PASSWORD));
        assertThat(f.users.get(EMAIL).updatedAt()).isEqualTo(f.clock.instant());
        failsWith(Unauthenticated.class, "INVALID_CREDENTIALS", () -> f.login(EMAIL, IdentityFixture.PASSWORD));
        assertThat(f.login(EMAIL, NEW_PASSWORD).user().id()).isEqualTo(alice.id());
    }

    @Test
    void reset_password_revokes_every_session_of_the_account() {
        User alice = f.verifiedUser(EMAIL);
        TokenPair phone = f.login(EMAIL).tokens();
        TokenPair laptop = f.login(EMAIL).tokens();
        f.verifiedUser("bob@example.com");
        TokenPair bob = f.login("bob@example.com").tokens();
        ResetToken token = resetTokenFor(EMAIL);

        reset(token.resetToken(), NEW_PASSWORD);

        assertThat(f.sessions.sessionsOf(alice.id())).hasSize(2)
                .allSatisfy(s -> assertThat(s.revokedAt()).isPresent());
        for (TokenPair pair : new TokenPair[] {phone, laptop}) {
            failsWith(Unauthenticated.class, "INVALID_REFRESH_TOKEN",
                    () -> f.sessionService.refresh(pair.refreshToken()));
            failsWith(Unauthenticated.class, "SESSION_REVOKED",
                    () -> f.sessionService.authenticate(pair.accessToken()));
        }
        assertThat(f.sessionService.authenticate(bob.accessToken()).userId())
                .isEqualTo(f.users.get("bob@example.com").id());
    }

    @Test
    void reset_token_is_single_use() {
        f.verifiedUser(EMAIL);
        ResetToken token = resetTokenFor(EMAIL);
        reset(token.resetToken(), NEW_PASSWORD);

        failsWith(ValidationFailed.class, "INVALID_RESET_TOKEN", () -> reset(token.resetToken(), "An0ther-Pass"));

        assertThat(f.users.get(EMAIL).passwordHash()).isEqualTo(PlainPasswordHasher.encode(NEW_PASSWORD));
    }

    @Test
    void rejects_reset_token_15_minutes_after_issue() {
        f.verifiedUser(EMAIL);
        ResetToken token = resetTokenFor(EMAIL);
        f.clock.advance(Duration.ofMinutes(15));

        failsWith(ValidationFailed.class, "INVALID_RESET_TOKEN", () -> reset(token.resetToken(), NEW_PASSWORD));

        assertThat(f.users.get(EMAIL).passwordHash()).isEqualTo(PlainPasswordHasher.encode(IdentityFixture.PASSWORD));
    }

    @Test
    void accepts_reset_token_just_before_15_minutes() {
        f.verifiedUser(EMAIL);
        ResetToken token = resetTokenFor(EMAIL);
        f.clock.advance(Duration.ofMinutes(15).minusSeconds(1));

        reset(token.resetToken(), NEW_PASSWORD);

        assertThat(f.users.get(EMAIL).passwordHash()).isEqualTo(PlainPasswordHasher.encode(NEW_PASSWORD));
    }

    @Test
    void rejects_unknown_reset_token() {
        f.verifiedUser(EMAIL);
        resetTokenFor(EMAIL);

        failsWith(ValidationFailed.class, "INVALID_RESET_TOKEN", () -> reset(f.digest.newToken(), NEW_PASSWORD));
    }

    @Test
    void the_mailed_code_itself_is_not_a_reset_token() {
        f.verifiedUser(EMAIL);
        forgot(EMAIL);
        String otp = f.mailer.latestOtpTo(EMAIL);

        failsWith(ValidationFailed.class, "INVALID_RESET_TOKEN", () -> reset(otp, NEW_PASSWORD));
    }

    @Test
    void a_newer_reset_token_replaces_the_older_one() {
        f.verifiedUser(EMAIL);
        ResetToken older = resetTokenFor(EMAIL);
        f.clock.advance(Duration.ofSeconds(61));
        ResetToken newer = resetTokenFor(EMAIL);

        failsWith(ValidationFailed.class, "INVALID_RESET_TOKEN", () -> reset(older.resetToken(), NEW_PASSWORD));
        reset(newer.resetToken(), NEW_PASSWORD);

        assertThat(f.login(EMAIL, NEW_PASSWORD).user().email()).isEqualTo(EMAIL);
    }

    @Test
    void reset_password_marks_an_unverified_email_verified() {
        f.signUp(EMAIL);
        Instant signup = f.clock.instant();
        ResetToken token = resetTokenFor(EMAIL);

        reset(token.resetToken(), NEW_PASSWORD);

        assertThat(f.users.get(EMAIL).emailVerified()).isTrue();
        assertThat(f.login(EMAIL, NEW_PASSWORD).user().createdAt()).isEqualTo(signup);
    }

    @Test
    void forgot_password_answers_the_same_for_known_and_unknown_email_when_mail_is_down() {
        f.verifiedUser(EMAIL);
        f.clock.advance(Duration.ofMinutes(5));
        f.mailer.failWith(new ProviderUnavailable("SMTP down"));

        Throwable unknown = catchThrowable(() -> forgot("nobody@example.com"));
        Throwable known = catchThrowable(() -> forgot(EMAIL));

        assertThat(known == null ? null : known.getClass()).isEqualTo(unknown == null ? null : unknown.getClass());
    }

    @Test
    void forgot_password_only_queues_the_address_the_same_way_for_known_and_unknown_emails() {
        f.verifiedUser(EMAIL);
        f.clock.advance(Duration.ofMinutes(5));
        int mails = f.mailer.count();

        f.passwordReset.requestReset(new EmailRequest("nobody@example.com"));
        f.passwordReset.requestReset(new EmailRequest(EMAIL));

        assertThat(f.mailer.count()).isEqualTo(mails);
        assertThat(f.resetQueue.all()).extracting(QueuedResetRequest::email)
                .containsExactly("nobody@example.com", EMAIL);
        assertThat(f.passwordReset.sendQueuedResets(100)).isEqualTo(2);
        assertThat(f.mailer.count()).isEqualTo(mails + 1);
        assertThat(f.mailer.last().orElseThrow().to()).isEqualTo(EMAIL);
        assertThat(f.resetQueue.all()).isEmpty();
    }

    @Test
    void a_queued_reset_is_retried_while_mail_is_down_and_dropped_after_five_attempts() {
        IdentityFixture f = IdentityFixture.withRollback();
        f.verifiedUser(EMAIL);
        f.clock.advance(Duration.ofMinutes(5));
        f.mailer.failWith(new ProviderUnavailable("SMTP down"));
        f.passwordReset.requestReset(new EmailRequest(EMAIL));

        assertThat(f.passwordReset.sendQueuedResets(100)).isEqualTo(1);
        assertThat(f.resetQueue.all()).singleElement().satisfies(r -> assertThat(r.attempts()).isEqualTo(1));
        assertThat(f.passwordReset.sendQueuedResets(100)).as("not due before the retry delay").isZero();
        for (int attempt = 2; attempt <= 5; attempt++) {
            f.clock.advance(Duration.ofMinutes(5));
            assertThat(f.passwordReset.sendQueuedResets(100)).isEqualTo(1);
        }
        assertThat(f.resetQueue.all()).isEmpty();
        assertThat(f.codes.all()).noneMatch(c -> c.purpose() == OtpPurpose.PASSWORD_RESET);
    }

    @Test
    void a_queued_reset_is_mailed_once_the_mail_server_is_back() {
        IdentityFixture f = IdentityFixture.withRollback();
        f.verifiedUser(EMAIL);
        f.clock.advance(Duration.ofMinutes(5));
        f.mailer.failWith(new ProviderUnavailable("SMTP down"));
        f.passwordReset.requestReset(new EmailRequest(EMAIL));
        f.passwordReset.sendQueuedResets(100);

        f.mailer.recover();
        f.clock.advance(Duration.ofSeconds(15));
        assertThat(f.passwordReset.sendQueuedResets(100)).isEqualTo(1);

        assertThat(f.mailer.last().orElseThrow().subject()).isEqualTo("Reset your password");
        assertThat(f.resetQueue.all()).isEmpty();
    }
}
