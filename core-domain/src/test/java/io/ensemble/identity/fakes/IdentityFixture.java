package io.ensemble.identity.fakes;

import io.ensemble.audit.AuditService;
import io.ensemble.audit.InMemoryAuditRepository;
import io.ensemble.identity.AdminAccounts;
import io.ensemble.identity.CodeSubmission;
import io.ensemble.identity.Credentials;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.identity.LoginResult;
import io.ensemble.identity.OneTimeCodes;
import io.ensemble.identity.PasswordResetService;
import io.ensemble.identity.Role;
import io.ensemble.identity.SecretDigest;
import io.ensemble.identity.SessionService;
import io.ensemble.identity.SignupCommand;
import io.ensemble.identity.SignupResult;
import io.ensemble.identity.SignupService;
import io.ensemble.identity.User;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.transactions.Transactions;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.RollbackTransactions;
import io.ensemble.testing.SequentialIdGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The identity use cases wired to in-memory fakes, plus helpers for the usual preconditions. */
public final class IdentityFixture {
    public static final Instant START = Instant.parse("2026-01-15T10:00:00Z");
    public static final byte[] DIGEST_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    public static final String PASSWORD = "Str0ng-Pass";
    /** Where {@link #login} says the request came from. */
    public static final RequestOrigin ORIGIN = RequestOrigin.of("198.51.100.23", "req-fixture");

    public final MutableClock clock = new MutableClock(START);
    public final IdentitySettings settings = IdentitySettings.defaults();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryOneTimeCodeRepository codes = new InMemoryOneTimeCodeRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository(users);
    public final PlainPasswordHasher hasher = new PlainPasswordHasher();
    public final FakeAccessTokens accessTokens = new FakeAccessTokens();
    public final RecordingMailer mailer = new RecordingMailer();
    public final InMemoryResetRequestQueue resetQueue = new InMemoryResetRequestQueue();
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public final SecretDigest digest = new SecretDigest(DIGEST_KEY);
    public final Transactions transactions;
    public final OneTimeCodes otps;
    public final SignupService signup;
    public final SessionService sessionService;
    public final PasswordResetService passwordReset;
    public final AdminAccounts admins;
    /** The audit trail logins are recorded in. */
    public final InMemoryAuditRepository auditRecords = new InMemoryAuditRepository();
    public final AuditService audit;

    private IdentityFixture(boolean rollback) {
        transactions = rollback ? new RollbackTransactions(users, codes, sessions, auditRecords)
                : new DirectTransactions();
        audit = new AuditService(auditRecords, ids, clock);
        otps = new OneTimeCodes(codes, digest, mailer, ids, clock, settings);
        signup = new SignupService(users, hasher, otps, transactions, ids, clock,
                new io.ensemble.notifications.InMemoryOutbox());
        sessionService = new SessionService(users, sessions, hasher, accessTokens, digest, transactions, ids,
                clock, settings, audit);
        passwordReset = new PasswordResetService(users, codes, sessions, hasher, otps, digest, resetQueue,
                transactions, ids, clock, settings, audit);
        admins = new AdminAccounts(users, hasher, ids, clock);
    }

    /** Transactions just run the work. */
    public static IdentityFixture create() {
        return new IdentityFixture(false);
    }

    /** Transactions restore the user, code and session stores when the work throws. */
    public static IdentityFixture withRollback() {
        return new IdentityFixture(true);
    }

    public SignupResult signUp(String email, Role role) {
        return signup.signup(new SignupCommand(email, PASSWORD, "Test User", role, true));
    }

    public SignupResult signUp(String email) {
        return signUp(email, Role.CREATOR);
    }

    /** Signs up and verifies the email with the mailed code. @return the stored account */
    public User verifiedUser(String email, Role role) {
        SignupResult result = signUp(email, role);
        signup.verifyEmail(new CodeSubmission(result.email(), mailer.latestOtpTo(result.email())));
        return users.findById(result.userId()).orElseThrow();
    }

    public User verifiedUser(String email) {
        return verifiedUser(email, Role.CREATOR);
    }

    public LoginResult login(String email, String password) {
        return sessionService.login(new Credentials(email, password), ORIGIN);
    }

    public LoginResult login(String email) {
        return login(email, PASSWORD);
    }
}
