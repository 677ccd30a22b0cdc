package io.ensemble.identity;

import io.ensemble.shared.errors.RateLimited;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Issues, mails and checks email OTPs (issue 3 §3: 6 digits, stored hashed, 10-minute expiry,
 * 5 wrong tries burn the code, 60 s resend cooldown). Wrong attempts are written immediately, not
 * inside the caller's transaction, so a failed guess is never rolled back.
 */
public final class OneTimeCodes {
    private final OneTimeCodeRepository codes;
    private final SecretDigest digest;
    private final Mailer mailer;
    private final IdGenerator ids;
    private final Clock clock;
    private final IdentitySettings settings;

    public OneTimeCodes(OneTimeCodeRepository codes, SecretDigest digest, Mailer mailer,
                        IdGenerator ids, Clock clock, IdentitySettings settings) {
        this.codes = codes;
        this.digest = digest;
        this.mailer = mailer;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    /** Creates a fresh code for {@code user}, replacing any unspent one, and mails it. */
    public void issueAndMail(User user, OtpPurpose purpose) {
        mailer.send(mailFor(user, purpose, issue(user, purpose)));
    }

    /**
     * Stores a fresh code for {@code user}, replacing any unspent one, and hands it back for another
     * channel (an SMS, issue 23 §1). Call in the transaction that also sends it.
     *
     * @return the 6-digit code in clear
     */
    public String issue(User user, OtpPurpose purpose) {
        String otp = digest.newOtp();
        Instant now = clock.instant();
        codes.replace(new OneTimeCode(ids.newId(), user.id(), purpose, digest.hash(otp), 0,
                now, now.plus(settings.otpTtl()), Optional.empty()));
        return otp;
    }

    /** @return the life of a code in whole minutes, for the message that carries it */
    public long ttlMinutes() {
        return settings.otpTtl().toMinutes();
    }

    /** @return seconds left before another code may be issued, or 0 when one may be issued now */
    public long cooldownRemainingSeconds(User user, OtpPurpose purpose) {
        Instant now = clock.instant();
        return codes.lastIssuedAt(user.id(), purpose)
                .map(last -> Duration.between(now, last.plus(settings.otpResendCooldown())).toMillis())
                .map(ms -> ms <= 0 ? 0L : (ms + 999) / 1000)
                .orElse(0L);
    }

    /**
     * Issues and mails a code unless in cooldown. Call inside a transaction so a mail failure also
     * rolls back the new code (the previous code stays live and no cooldown starts).
     *
     * @throws RateLimited when in cooldown
     */
    public void resendOrThrow(User user, OtpPurpose purpose) {
        long wait = cooldownRemainingSeconds(user, purpose);
        if (wait > 0) {
            throw new RateLimited("Please wait before asking for another code.", wait);
        }
        issueAndMail(user, purpose);
    }

    /**
     * Checks {@code otp} against the user's live code and spends it when right.
     *
     * @throws ValidationFailed {@code INVALID_OTP} (wrong or none), {@code OTP_EXPIRED}, or
     *     {@code OTP_LOCKED} once {@code otpMaxAttempts} wrong tries burnt the code
     */
    public void verifyAndSpend(User user, OtpPurpose purpose, String otp) {
        OneTimeCode code = codes.findLatestUnspent(user.id(), purpose).orElseThrow(OneTimeCodes::invalid);
        Instant now = clock.instant();
        if (code.expiredAt(now)) {
            throw new ValidationFailed("OTP_EXPIRED", "This code has expired; request a new one.");
        }
        int max = settings.otpMaxAttempts();
        int attempts = codes.claimAttempt(code.id(), max).orElseThrow(OneTimeCodes::locked);
        if (digest.matches(code.codeHash(), otp)) {
            if (!codes.consume(code.id(), now)) {
                throw invalid();
            }
            return;
        }
        if (attempts >= max) {
            codes.consume(code.id(), now);
            throw locked();
        }
        throw invalid();
    }

    /** Rejects an email that has no account exactly like a wrong code, so accounts don't leak. */
    public static ValidationFailed invalid() {
        return new ValidationFailed("INVALID_OTP", "The code is wrong or no longer valid.");
    }

    private static ValidationFailed locked() {
        return new ValidationFailed("OTP_LOCKED", "Too many wrong codes; request a new one.");
    }

    private MailMessage mailFor(User user, OtpPurpose purpose, String otp) {
        long minutes = settings.otpTtl().toMinutes();
        return switch (purpose) {
            case EMAIL_VERIFICATION -> new MailMessage(user.email(), "Verify your email",
                    "Hello " + user.name() + ",\n\nYour verification code is " + otp
                            + ". It expires in " + minutes + " minutes.\n");
            case PASSWORD_RESET -> new MailMessage(user.email(), "Reset your password",
                    "Hello " + user.name() + ",\n\nYour password reset code is " + otp
                            + ". It expires in " + minutes + " minutes. If you did not ask for it, ignore this mail.\n");
            case RESET_TOKEN, PHONE_CODE -> throw new IllegalArgumentException(purpose + " is not mailed");
        };
    }
}
