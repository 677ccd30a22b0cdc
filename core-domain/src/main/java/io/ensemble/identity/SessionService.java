package io.ensemble.identity;

import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.Unauthenticated;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Login, refresh-token rotation, logout and request authentication (issue 3 §3, DESIGN §Security).
 * A refresh token is single-use: presenting one that was already rotated revokes its session, unless
 * it is presented again within the reuse grace (issue 29 §8), which returns the same successor.
 */
public final class SessionService {
    private static final String SUCCESSOR = "refresh-token-successor";
    private static final String ACCESS_TOKEN_ID = "access-token-id";
    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final SecretDigest digest;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final IdentitySettings settings;
    private final AuditRecorder audit;

    /** @param audit where logins (success and failure) are recorded (issue 20 §2) */
    public SessionService(UserRepository users, SessionRepository sessions, PasswordHasher hasher,
                          AccessTokens accessTokens, SecretDigest digest, Transactions transactions,
                          IdGenerator ids, Clock clock, IdentitySettings settings, AuditRecorder audit) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.digest = digest;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Starts a session. Unknown email and wrong password give the same error after the same work.
     * Every attempt leaves an audit record (issue 20 §2): {@code login_succeeded} by the user in the
     * transaction that creates the session, {@code login_failed} (no actor; the account as target
     * when the email is known) on its own before the error is thrown.
     *
     * @param origin the client address and request id the audit record keeps
     * @throws Unauthenticated {@code INVALID_CREDENTIALS}
     * @throws Forbidden {@code EMAIL_NOT_VERIFIED} or {@code ACCOUNT_SUSPENDED} (only after the
     *     password was right)
     */
    public LoginResult login(Credentials credentials, RequestOrigin origin) {
        Optional<User> found = users.findByEmail(credentials.email());
        if (found.isEmpty()) {
            hasher.verifyDummy(credentials.password());
            throw loginFailed(Optional.empty(), origin, "unknown_account", invalidCredentials());
        }
        User user = found.get();
        if (!hasher.verify(credentials.password(), user.passwordHash())) {
            throw loginFailed(found, origin, "wrong_password", invalidCredentials());
        }
        if (!user.emailVerified()) {
            throw loginFailed(found, origin, "email_not_verified",
                    new Forbidden("EMAIL_NOT_VERIFIED", "Verify your email with the code we sent before logging in."));
        }
        if (!user.active()) {
            throw loginFailed(found, origin, "suspended", suspended());
        }
        return openSession(user, origin);
    }

    /**
     * Starts a session for an account whose identity another proof settled (an SMS code, an ID token;
     * issue 23), audited as {@code login_succeeded} like a password login.
     *
     * @throws Forbidden {@code ACCOUNT_SUSPENDED}
     */
    public LoginResult openSession(User user, RequestOrigin origin) {
        if (!user.active()) {
            throw loginFailed(Optional.of(user), origin, "suspended", suspended());
        }
        Instant now = clock.instant();
        UUID sessionId = ids.newId();
        String refresh = digest.newToken();
        transactions.run(() -> {
            sessions.createSession(new Session(sessionId, user.id(), now, Optional.empty()));
            sessions.createRefreshToken(newRefreshToken(sessionId, refresh, now));
            audit.record(AuditEntry.by(user.id(), AuditAction.LOGIN_SUCCEEDED, AuditTarget.user(user.id()))
                    .from(origin));
        });
        return new LoginResult(pair(user, sessionId, refresh), user);
    }

    /**
     * Records a failed login of {@code account} (empty: unknown email) with why it failed as the
     * {@code reason} change ({@code unknown_account}, {@code wrong_password}, {@code email_not_verified},
     * {@code suspended}); the client still gets the same error for the first two.
     *
     * @return {@code error}, to throw
     */
    private RuntimeException loginFailed(Optional<User> account, RequestOrigin origin, String reason,
                                         RuntimeException error) {
        audit.record(AuditEntry.anonymous(AuditAction.LOGIN_FAILED, account.map(u -> AuditTarget.user(u.id())))
                .from(origin)
                .with(FieldChange.of("reason", null, reason)));
        return error;
    }

    /**
     * Exchanges a refresh token for a new pair and retires the old one. The successor refresh
     * token is derived from the presented one ({@link SecretDigest#derive}), so when the same
     * token is presented again within {@link IdentitySettings#refreshReuseGrace()} of its rotation
     * (two tabs, two parallel 401 handlers, a lost answer) the caller gets the same pair: the same
     * successor refresh token and the same access token (its {@code iat} is the rotation time, its
     * {@code jti} derived from the successor; issue 29 §8, like Auth0's and Supabase's reuse interval). Later reuse revokes the whole session family.
     *
     * @throws Unauthenticated {@code INVALID_REFRESH_TOKEN} (unknown, expired, revoked) or
     *     {@code REFRESH_TOKEN_REUSED} (rotated longer ago than the grace: the whole session is revoked)
     * @throws Forbidden {@code ACCOUNT_SUSPENDED}
     */
    public TokenPair refresh(String refreshToken) {
        Validator v = new Validator();
        v.required("refreshToken", refreshToken);
        v.maxLength("refreshToken", refreshToken, 128);
        v.throwIfInvalid();
        // Microseconds, as the database keeps the rotation time: a replay signs with the stored one.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        RefreshToken presented = sessions.findRefreshTokenByHash(digest.hash(refreshToken))
                .orElseThrow(SessionService::invalidRefresh);
        Session session = sessions.findSession(presented.sessionId()).orElseThrow(SessionService::invalidRefresh);
        if (session.revokedAt().isPresent()) {
            throw invalidRefresh();
        }
        if (presented.rotatedAt().isPresent()) {
            return replayWithinGrace(presented, session, refreshToken, now);
        }
        if (!now.isBefore(presented.expiresAt())) {
            throw invalidRefresh();
        }
        User user = activeUser(session, now);
        String next = successorOf(refreshToken);
        boolean rotated = transactions.inTransaction(() -> {
            if (!sessions.markRotated(presented.id(), now)) {
                return false;
            }
            sessions.createRefreshToken(newRefreshToken(session.id(), next, now));
            return true;
        });
        if (!rotated) {
            // A concurrent refresh with the same token won the compare-and-set and has committed.
            RefreshToken again = sessions.findRefreshTokenByHash(presented.tokenHash())
                    .orElseThrow(SessionService::invalidRefresh);
            return replayWithinGrace(again, session, refreshToken, now);
        }
        return refreshedPair(user, session.id(), next, now);
    }

    /**
     * Ends the caller's session: its refresh tokens and access tokens stop working at once. In the same
     * transaction a {@code logout} audit record by the caller is appended (the session id as target).
     *
     * @param origin the client address and request id the audit record keeps
     */
    public void logout(Caller caller, RequestOrigin origin) {
        transactions.run(() -> {
            sessions.revokeSession(caller.sessionId(), clock.instant());
            audit.record(AuditEntry.by(caller.userId(), AuditAction.LOGOUT,
                    new AuditTarget("session", caller.sessionId().toString())).from(origin));
        });
    }

    /**
     * Resolves a bearer access token to its caller. The role is read from the account, so a
     * suspension or revoked session takes effect on the next request.
     *
     * @throws Unauthenticated when the token is invalid, or its session or account is no longer active
     */
    public Caller authenticate(String accessToken) {
        AccessTokenClaims claims = accessTokens.verify(accessToken);
        return sessions.findActiveCaller(claims.userId(), claims.sessionId())
                .orElseThrow(() -> new Unauthenticated("SESSION_REVOKED", "This session has ended; log in again."));
    }

    /** @return the caller's own account. @throws NotFound if it was deleted meanwhile */
    public User me(Caller caller) {
        return users.findById(caller.userId()).orElseThrow(() -> new NotFound("Account not found."));
    }

    /**
     * A rotated token presented again: within the grace, and when its derived successor is stored
     * in the same session, the same successor is returned; otherwise the session is revoked.
     */
    private TokenPair replayWithinGrace(RefreshToken presented, Session session, String refreshToken, Instant now) {
        Instant rotatedAt = presented.rotatedAt().orElseThrow(SessionService::invalidRefresh);
        Duration grace = settings.refreshReuseGrace();
        if (grace.isZero() || now.isAfter(rotatedAt.plus(grace))) {
            throw reuseDetected(session, now);
        }
        String next = successorOf(refreshToken);
        boolean successorStored = sessions.findRefreshTokenByHash(digest.hash(next))
                .filter(t -> t.sessionId().equals(session.id()))
                .isPresent();
        if (!successorStored) {
            throw reuseDetected(session, now);
        }
        return refreshedPair(activeUser(session, now), session.id(), next, rotatedAt);
    }

    private User activeUser(Session session, Instant now) {
        User user = users.findById(session.userId()).orElseThrow(SessionService::invalidRefresh);
        if (!user.active()) {
            sessions.revokeSession(session.id(), now);
            throw suspended();
        }
        return user;
    }

    private String successorOf(String refreshToken) {
        return digest.derive(SUCCESSOR, refreshToken);
    }

    /**
     * The pair a refresh answers: the access token's {@code iat} is the rotation time and its {@code jti}
     * is derived from the successor, so answering the same refresh again gives the same pair.
     */
    private TokenPair refreshedPair(User user, UUID sessionId, String refresh, Instant rotatedAt) {
        UUID tokenId = UUID.nameUUIDFromBytes(digest.derive(ACCESS_TOKEN_ID, refresh)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        IssuedAccessToken access = accessTokens.issue(user, sessionId, rotatedAt, tokenId);
        return new TokenPair(access.token(), refresh, access.expiresInSeconds());
    }

    private TokenPair pair(User user, UUID sessionId, String refresh) {
        IssuedAccessToken access = accessTokens.issue(user, sessionId);
        return new TokenPair(access.token(), refresh, access.expiresInSeconds());
    }

    private RefreshToken newRefreshToken(UUID sessionId, String token, Instant now) {
        return new RefreshToken(ids.newId(), sessionId, digest.hash(token), now,
                now.plus(settings.refreshTokenTtl()), Optional.empty());
    }

    private Unauthenticated reuseDetected(Session session, Instant now) {
        sessions.revokeSession(session.id(), now);
        return new Unauthenticated("REFRESH_TOKEN_REUSED",
                "This refresh token was already used; the session was ended. Log in again.");
    }

    private static Unauthenticated invalidCredentials() {
        return new Unauthenticated("INVALID_CREDENTIALS", "Email or password is wrong.");
    }

    private static Unauthenticated invalidRefresh() {
        return new Unauthenticated("INVALID_REFRESH_TOKEN", "The refresh token is invalid or expired; log in again.");
    }

    private static Forbidden suspended() {
        return new Forbidden("ACCOUNT_SUSPENDED", "This account is suspended; contact support.");
    }
}
