package io.ensemble.identity;

import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Suspension and reinstatement of accounts by an admin (seeds/001 §Admin {@code PATCH /users/:userId/suspend}
 * and {@code /unsuspend}; issue 20 §1). Suspending sets the status SUSPENDED, revokes every session (the access
 * token is refused at its next request on every node, as {@link SessionRepository#findActiveCaller} reads the
 * status and the session) and writes a {@code user_suspended} audit record with the reason and the status change,
 * all in one transaction; after commit, {@link SessionEndings} closes the user's sockets on every node.
 * A second suspension of a suspended account answers 409 {@code ALREADY_SUSPENDED} (nothing changes, nothing
 * recorded); unsuspending an ACTIVE account answers 409 {@code NOT_SUSPENDED}. The status change is a
 * compare-and-set, so two concurrent suspensions cannot both win.
 */
public final class AccountSuspension implements SuspendAccounts {
    /** Longest accepted reason, in characters. */
    public static final int REASON_MAX = 500;

    private final UserRepository users;
    private final SessionRepository sessions;
    private final AuditRecorder audit;
    private final SessionEndings endings;
    private final Transactions transactions;
    private final Clock clock;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;

    /** Wires the ports; {@code outbox} receives {@code user_suspended}/{@code user_unsuspended} (issue 26 §1). */
    public AccountSuspension(UserRepository users, SessionRepository sessions, AuditRecorder audit,
                             SessionEndings endings, Transactions transactions, Clock clock,
                             io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.endings = Objects.requireNonNull(endings, "endings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@link #suspend(UUID, UUID, String)} for the authenticated admin of a request.
     *
     * @param origin client address and request id kept in the audit record
     * @return the suspended account
     * @throws Forbidden when the caller is not an ADMIN (checked before anything else)
     */
    public User suspend(Caller admin, UUID userId, String reason, RequestOrigin origin) {
        Admins.require(admin);
        String why = reason == null ? null : reason.strip();
        Validator v = new Validator();
        v.required("reason", why);
        v.maxLength("reason", why, REASON_MAX);
        v.throwIfInvalid();
        User user = users.findById(userId).orElseThrow(() -> new NotFound("No such user."));
        if (admin.userId().equals(userId)) {
            throw new Conflict("CANNOT_SUSPEND_SELF", "An admin cannot suspend their own account.");
        }
        Instant now = clock.instant();
        transactions.run(() -> {
            if (!users.changeStatus(userId, AccountStatus.ACTIVE, AccountStatus.SUSPENDED, now)) {
                throw new Conflict("ALREADY_SUSPENDED", "This account is already suspended.");
            }
            sessions.revokeAllSessions(userId, now);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    new IdentityEvent.UserSuspended(userId, now), now));
            audit.record(AuditEntry.by(admin.userId(), AuditAction.USER_SUSPENDED, AuditTarget.user(userId))
                    .from(origin)
                    .with(FieldChange.of("status", AccountStatus.ACTIVE.name(), AccountStatus.SUSPENDED.name()),
                            FieldChange.of("reason", null, why)));
        });
        endings.ended(userId, why);
        return withStatus(user, AccountStatus.SUSPENDED, now);
    }

    /**
     * {@link #unsuspend(UUID, UUID)} for the authenticated admin of a request.
     *
     * @return the reinstated account
     * @throws Forbidden when the caller is not an ADMIN
     */
    public User unsuspend(Caller admin, UUID userId, RequestOrigin origin) {
        Admins.require(admin);
        User user = users.findById(userId).orElseThrow(() -> new NotFound("No such user."));
        Instant now = clock.instant();
        transactions.run(() -> {
            if (!users.changeStatus(userId, AccountStatus.SUSPENDED, AccountStatus.ACTIVE, now)) {
                throw new Conflict("NOT_SUSPENDED", "This account is not suspended.");
            }
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    new IdentityEvent.UserUnsuspended(userId, now), now));
            audit.record(AuditEntry.by(admin.userId(), AuditAction.USER_UNSUSPENDED, AuditTarget.user(userId))
                    .from(origin)
                    .with(FieldChange.of("status", AccountStatus.SUSPENDED.name(), AccountStatus.ACTIVE.name())));
        });
        return withStatus(user, AccountStatus.ACTIVE, now);
    }

    @Override
    public void suspend(UUID actorId, UUID userId, String reason) {
        suspend(adminCaller(actorId), userId, reason, RequestOrigin.UNKNOWN);
    }

    @Override
    public void unsuspend(UUID actorId, UUID userId) {
        unsuspend(adminCaller(actorId), userId, RequestOrigin.UNKNOWN);
    }

    /** @return a caller for {@code actorId} when it is an ACTIVE admin (the session id is not used here) */
    private Caller adminCaller(UUID actorId) {
        User actor = users.findById(actorId).filter(User::active)
                .orElseThrow(() -> new Forbidden("Only admins can suspend accounts."));
        return new Caller(actor.id(), actor.role(), actor.id());
    }

    private static User withStatus(User u, AccountStatus status, Instant at) {
        return new User(u.id(), u.email(), u.name(), u.role(), status, u.emailVerified(), u.passwordHash(),
                u.createdAt(), at);
    }
}
