package io.ensemble.identity;

import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgot-password flow (seeds/001 §Authentication): mail a code, trade the code for a short-lived
 * reset token, spend the token on a new password. Requests for unknown emails answer exactly like
 * known ones, and a successful reset ends every session of the account. A request only queues the
 * address (the same work for every address, issue 28 §4); {@link #sendQueuedResets} looks the account
 * up and mails the code in the background.
 */
public final class PasswordResetService {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetService.class);
    /** How long a claimed request is held before another node may take it. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    /** Mail attempts per request before it is dropped (the user may simply ask again). */
    static final int MAX_ATTEMPTS = 5;
    /** Delay before the first retry; doubles with each further failure. */
    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    private final ResetRequestQueue queue;
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
    private final AuditRecorder audit;

    /** @param audit where completed resets are recorded (issue 20 §2), in the reset's transaction */
    public PasswordResetService(UserRepository users, OneTimeCodeRepository codes, SessionRepository sessions,
                                PasswordHasher hasher, OneTimeCodes otps, SecretDigest digest,
                                ResetRequestQueue queue, Transactions transactions, IdGenerator ids, Clock clock,
                                IdentitySettings settings, AuditRecorder audit) {
        this.audit = java.util.Objects.requireNonNull(audit, "audit");
        this.queue = queue;
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
     * Queues a reset code for the address (issue 28 §4): one insert, whatever the address, so the
     * answer neither waits for the mail server nor reveals by its timing or outcome whether the
     * address has an account. Used by both forgot-password and resend-forgot-otp.
     */
    public void requestReset(EmailRequest request) {
        queue.enqueue(new QueuedResetRequest(ids.newId(), request.email(), 0, clock.instant()));
    }

    /**
     * Works off up to {@code max} due requests: an address with an account and no code issued in
     * the last cooldown (60 s) gets a fresh code mailed; other addresses are simply dropped. When
     * the mail server is down the new code is rolled back and the request retried later (15 s,
     * doubling, {@value #MAX_ATTEMPTS} attempts in all), the failure logged.
     *
     * @param max batch size
     * @return how many requests were claimed
     */
    public int sendQueuedResets(int max) {
        List<QueuedResetRequest> due = queue.claimDue(clock.instant(), CLAIM_LEASE, max);
        for (QueuedResetRequest request : due) {
            try {
                transactions.run(() -> {
                    users.findByEmail(request.email())
                            .filter(u -> otps.cooldownRemainingSeconds(u, OtpPurpose.PASSWORD_RESET) == 0)
                            .ifPresent(u -> otps.issueAndMail(u, OtpPurpose.PASSWORD_RESET));
                    queue.remove(request.id());
                });
            } catch (ProviderUnavailable e) {
                int attempts = request.attempts() + 1;
                if (attempts >= MAX_ATTEMPTS) {
                    LOG.warn("Password reset code not sent after {} attempts, request {} dropped: {}", attempts,
                            request.id(), e.getMessage());
                    queue.remove(request.id());
                } else {
                    LOG.warn("Password reset code not sent yet (attempt {}), request {} retried: {}", attempts,
                            request.id(), e.getMessage());
                    queue.retryLater(request.id(), attempts,
                            clock.instant().plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1))));
                }
            }
        }
        return due.size();
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
     * revokes every session of the account, all in one transaction, which also appends a
     * {@code password_reset} audit record by the account's owner (the password shown redacted).
     *
     * @param origin the client address and request id the audit record keeps
     * @throws ValidationFailed {@code INVALID_RESET_TOKEN} when unknown, spent or expired
     */
    public void resetPassword(PasswordResetCommand command, RequestOrigin origin) {
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
            audit.record(AuditEntry.by(token.userId(), AuditAction.PASSWORD_RESET, AuditTarget.user(token.userId()))
                    .from(origin)
                    .with(FieldChange.of("password", null, "new"), FieldChange.of("sessions", null, "revoked")));
        });
    }

    private static ValidationFailed invalidToken() {
        return new ValidationFailed("INVALID_RESET_TOKEN", "The reset token is invalid or expired; start again.");
    }
}
