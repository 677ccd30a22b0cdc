package io.ensemble.identity;

import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;

/** Use cases of account creation and email verification (seeds/001 §Authentication). */
public final class SignupService {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final OneTimeCodes otps;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;

    public SignupService(UserRepository users, PasswordHasher hasher, OneTimeCodes otps,
                         Transactions transactions, IdGenerator ids, Clock clock,
                         io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = java.util.Objects.requireNonNull(outbox, "outbox");
        this.users = users;
        this.hasher = hasher;
        this.otps = otps;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Creates an unverified ACTIVE account and mails a verification code. The account row and its
     * code are stored together; a mail failure rolls both back so the email can sign up again.
     *
     * @throws Conflict {@code EMAIL_TAKEN} when the email already has an account
     */
    public SignupResult signup(SignupCommand command) {
        return signup(command, SignupPolicy.VERIFY_BY_CODE);
    }

    /**
     * Creates an ACTIVE account under a client profile's {@code policy}: with the code step as
     * {@link #signup(SignupCommand)}; without it the account is stored verified, no code is mailed and
     * the caller may log in at once (seeds/000, issue 21 §4).
     *
     * @throws Conflict {@code EMAIL_TAKEN} when the email already has an account
     */
    public SignupResult signup(SignupCommand command, SignupPolicy policy) {
        String hash = hasher.hash(command.password());
        Instant now = clock.instant();
        User user = new User(ids.newId(), command.email(), command.name(), command.role(),
                AccountStatus.ACTIVE, !policy.emailCodeStep(), hash, now, now);
        transactions.run(() -> {
            users.create(user);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    new IdentityEvent.UserCreated(user.id(), user.role().name(), now), now));
            if (policy.emailCodeStep()) {
                otps.issueAndMail(user, OtpPurpose.EMAIL_VERIFICATION);
            }
        });
        return new SignupResult(user.id(), user.email());
    }

    /**
     * Marks the email verified when {@code submission.otp()} is the live code.
     *
     * @throws io.ensemble.shared.errors.ValidationFailed {@code INVALID_OTP}, {@code OTP_EXPIRED}, {@code OTP_LOCKED}
     * @throws Conflict {@code ALREADY_VERIFIED}
     */
    public void verifyEmail(CodeSubmission submission) {
        User user = users.findByEmail(submission.email()).orElseThrow(OneTimeCodes::invalid);
        if (user.emailVerified()) {
            throw new Conflict("ALREADY_VERIFIED", "This email is already verified; log in.");
        }
        otps.verifyAndSpend(user, OtpPurpose.EMAIL_VERIFICATION, submission.otp());
        Instant now = clock.instant();
        transactions.run(() -> {
            users.markEmailVerified(user.id(), now);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    new IdentityEvent.UserVerified(user.id(), now), now));
        });
    }

    /**
     * Mails a new verification code. Unknown or already verified emails get the same silent
     * success, so the answer does not reveal accounts.
     *
     * The new code and its mail succeed or fail together: when the mail cannot be sent, the previous
     * code stays live and no cooldown starts.
     *
     * @throws io.ensemble.shared.errors.RateLimited within 60 s of the previous code
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the mail server is down
     */
    public void resendVerification(EmailRequest request) {
        transactions.run(() -> users.findByEmail(request.email())
                .filter(u -> !u.emailVerified())
                .ifPresent(u -> otps.resendOrThrow(u, OtpPurpose.EMAIL_VERIFICATION)));
    }
}
