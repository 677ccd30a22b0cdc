package io.ensemble.identity;

import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.ProviderUnavailable;
import io.ensemble.shared.Transactions;
import io.ensemble.shared.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgot-password flow (seeds/001 §Authentication): mail a code, trade the code for a short-lived
 * reset token, spend the token on a new password. Requests for unknown emails answer exactly like
 * known ones, and a successful reset ends every session of the account.
 */
public final class PasswordResetService {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetService.class);
    private final UserRepository users;
    private final OneTimeCodeRepository codes;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final OneTimeCodes otps;
    private final SecretDigest digest;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final IdentitySettings settings;

    public PasswordResetService(UserRepository users, OneTimeCodeRepository codes, SessionRepository sessions,
                                PasswordHasher hasher, OneTimeCodes otps, SecretDigest digest,
                                Transactions transactions, IdGenerator ids, Clock clock,
                                IdentitySettings settings) {
        this.users = users;
        this.codes = codes;
        this.sessions = sessions;
        this.hasher = hasher;
        this.otps = otps;
        this.digest = digest;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Mails a reset code to an existing account, at most once per cooldown (60 s). Always returns
     * normally, so the answer never reveals whether the email has an account, not even while the
     * mail server is down: then the new code is rolled back (the user may simply ask again) and the
     * failure is logged. Used by both forgot-password and resend-forgot-otp.
     */
    public void requestReset(EmailRequest request) {
        try {
            transactions.run(() -> users.findByEmail(request.email())
                    .filter(u -> otps.cooldownRemainingSeconds(u, OtpPurpose.PASSWORD_RESET) == 0)
                    .ifPresent(u -> otps.issueAndMail(u, OtpPurpose.PASSWORD_RESET)));
        } catch (ProviderUnavailable e) {
            LOG.warn("Password reset code not sent: {}", e.getMessage());
        }
    }

    /**
     * Trades a right reset code for a reset token valid 15 minutes.
     *
     * @throws ValidationFailed {@code INVALID_OTP}, {@code OTP_EXPIRED}, {@code OTP_LOCKED}
     */
    public ResetToken verifyResetCode(CodeSubmission submission) {
        User user = users.findByEmail(submission.email()).orElseThrow(OneTimeCodes::invalid);
        otps.verifyAndSpend(user, OtpPurpose.PASSWORD_RESET, submission.otp());
        String token = digest.newToken();
        Instant now = clock.instant();
        codes.replace(new OneTimeCode(ids.newId(), user.id(), OtpPurpose.RESET_TOKEN, digest.hash(token), 0,
                now, now.plus(settings.resetTokenTtl()), Optional.empty()));
        return new ResetToken(token, settings.resetTokenTtl().toSeconds());
    }

    /**
     * Sets the new password, spends the token, marks the email verified (the code proved it) and
     * revokes every session of the account, all in one transaction.
     *
     * @throws ValidationFailed {@code INVALID_RESET_TOKEN} when unknown, spent or expired
     */
    public void resetPassword(PasswordResetCommand command) {
        Instant now = clock.instant();
        OneTimeCode token = codes.findUnspentByHash(OtpPurpose.RESET_TOKEN, digest.hash(command.resetToken()))
                .filter(t -> !t.expiredAt(now))
                .orElseThrow(PasswordResetService::invalidToken);
        String hash = hasher.hash(command.newPassword());
        transactions.run(() -> {
            if (!codes.consume(token.id(), now)) {
                throw invalidToken();
            }
            users.updatePassword(token.userId(), hash, now);
            users.markEmailVerified(token.userId(), now);
            sessions.revokeAllSessions(token.userId(), now);
        });
    }

    private static ValidationFailed invalidToken() {
        return new ValidationFailed("INVALID_RESET_TOKEN", "The reset token is invalid or expired; start again.");
    }
}
