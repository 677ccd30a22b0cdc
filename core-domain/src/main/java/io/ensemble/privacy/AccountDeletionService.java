package io.ensemble.privacy;

import io.ensemble.identity.AccountClosure;
import io.ensemble.identity.AccountStatus;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.marketplace.OrderClosure;
import io.ensemble.profiles.FindProfiles;
import io.ensemble.profiles.Profile;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Account deletion (issue 20 §4; seeds/001 §Admin {@code DELETE /users/:userId}): the owner with their
 * password, or an admin. The account is closed at once (DELETED, sessions revoked, audited
 * {@code account_deleted} with actor and target ids), then the privacy job erases its personal data
 * step by step. Asking again for an account already being deleted answers the same request.
 */
public final class AccountDeletionService {
    private final AccountClosure accounts;
    private final FindProfiles profiles;
    private final OrderClosure orders;
    private final PrivacyRequestRepository requests;
    private final PrivacySteps steps;
    private final Transactions transactions;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final Runnable kick;
    private final io.ensemble.shared.outbox.Outbox outbox;

    /** Wires the ports ({@code outbox} receives {@code user_deleted}, issue 26 §1); {@code kick} starts the privacy job now (it also runs on its schedule). */
    public AccountDeletionService(AccountClosure accounts, FindProfiles profiles, OrderClosure orders,
            PrivacyRequestRepository requests, PrivacySteps steps, Transactions transactions, AuditRecorder audit,
            IdGenerator ids, Clock clock, Runnable kick, io.ensemble.shared.outbox.Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kick = Objects.requireNonNull(kick, "kick");
    }

    /**
     * The caller deletes their own account ({@code DELETE /api/v1/account}).
     *
     * @return the erasure request
     * @throws ValidationFailed when the password is missing
     * @throws Forbidden {@code INVALID_PASSWORD} when it is wrong
     * @throws OrdersInProgress when the caller has orders not yet final
     */
    public PrivacyRequest deleteOwnAccount(Caller caller, String password, RequestOrigin origin) {
        if (password == null || password.isBlank()) {
            throw new ValidationFailed(List.of(new FieldError("password", "Enter your password to delete the account.")));
        }
        accounts.checkPassword(caller.userId(), password);
        List<UUID> open = orders.inProgress(caller.userId());
        if (!open.isEmpty()) {
            throw new OrdersInProgress(open);
        }
        return start(caller, accounts.account(caller.userId()), origin);
    }

    /**
     * An admin deletes a user ({@code DELETE /api/v1/admin/users/:userId[?force=true]}).
     *
     * @param force end the user's orders in progress first (cancelled or refunded)
     * @return the erasure request
     * @throws Forbidden when the caller is not an ADMIN
     * @throws Conflict {@code CANNOT_DELETE_SELF} for the admin's own account
     * @throws NotFound when there is no such user
     * @throws OrdersInProgress when the user has orders in progress and {@code force} is false
     */
    public PrivacyRequest deleteUser(Caller admin, UUID userId, boolean force, RequestOrigin origin) {
        requireAdmin(admin);
        if (admin.userId().equals(userId)) {
            throw new Conflict("CANNOT_DELETE_SELF", "An admin cannot delete their own account here.");
        }
        User user = accounts.account(userId);
        if (user.status() != AccountStatus.DELETED) {
            List<UUID> open = orders.inProgress(userId);
            if (!open.isEmpty() && !force) {
                throw new OrdersInProgress(open);
            }
            if (!open.isEmpty()) {
                orders.endAll(admin, userId, origin);
            }
        }
        return start(admin, user, origin);
    }

    /**
     * The erasure of a user as admins follow it ({@code GET /api/v1/admin/users/:userId/deletion}).
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when the user was never deleted
     */
    public PrivacyRequest deletion(Caller admin, UUID userId) {
        requireAdmin(admin);
        return requests.latest(userId, PrivacyRequest.Kind.ERASURE)
                .orElseThrow(() -> new NotFound("This user has not been deleted."));
    }

    private PrivacyRequest start(Caller actor, User user, RequestOrigin origin) {
        PrivacyRequest request = transactions.inTransaction(() -> {
            Optional<PrivacyRequest> existing = requests.latest(user.id(), PrivacyRequest.Kind.ERASURE);
            if (existing.isPresent()) {
                return existing.get();
            }
            List<String> terms = new ArrayList<>(List.of(user.email(), user.name()));
            profiles.find(user.id()).map(Profile::phone).ifPresent(terms::add);
            PrivacyRequest created = PrivacyRequest.pending(ids.newId(), user.id(), PrivacyRequest.Kind.ERASURE,
                    actor.userId(), steps.erasure().size(), new ErasureSubject(user.id(), terms).terms(),
                    clock.instant());
            accounts.close(user.id());
            requests.insert(created);
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    new PrivacyEvent.UserDeleted(user.id(), created.createdAt()), created.createdAt()));
            audit.record(AuditEntry.by(actor.userId(), AuditAction.ACCOUNT_DELETED, AuditTarget.user(user.id()))
                    .from(origin));
            return created;
        });
        kick.run();
        return request;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only an admin may do this.");
        }
    }
}
