package io.ensemble.agency;

import io.ensemble.identity.AccountEdits;
import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.identity.Role;
import io.ensemble.identity.SuspendAccounts;
import io.ensemble.identity.User;
import io.ensemble.identity.UserFilter;
import io.ensemble.identity.UserListing;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The team's members (issue 22 §1, seeds/003 {@code /api/users}): admins list accounts, invite one
 * (account plus set-password e-mail, {@link MemberInvites}), edit the name, role (audited
 * {@code role_changed}) and status ({@code inactive} suspends through identity's {@link SuspendAccounts}:
 * sessions revoked, sockets closed, audited), and remove one (deactivates it; erasing the account's data
 * is the privacy context's {@code DELETE /api/v1/admin/users/{id}}).
 */
public final class MemberService {
    private static final String REMOVED = "Removed from the team by an admin";
    private final FindUsers users;
    private final UserListing listing;
    private final AccountEdits edits;
    private final SuspendAccounts suspension;
    private final MemberInvites invites;
    private final AuditRecorder audit;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the ports. */
    public MemberService(FindUsers users, UserListing listing, AccountEdits edits, SuspendAccounts suspension,
                         MemberInvites invites, AuditRecorder audit, Transactions transactions, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.listing = Objects.requireNonNull(listing, "listing");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.suspension = Objects.requireNonNull(suspension, "suspension");
        this.invites = Objects.requireNonNull(invites, "invites");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One page of members, newest first.
     *
     * @param q name or e-mail text; @param role a role name; @param status {@code active|inactive} (each may be null)
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming {@code q}, {@code role}, {@code status} or {@code cursor}
     */
    public Page<User> list(Caller caller, String q, String role, String status, PageRequest page) {
        requireAdmin(caller);
        Optional<MemberStatus> s = Optional.ofNullable(status).filter(v -> !v.isBlank()).map(v -> MemberStatus.parse(v)
                .orElseThrow(() -> new ValidationFailed(List.of(new FieldError("status", "must be one of "
                        + MemberStatus.names())))));
        UserFilter filter = UserFilter.parse(q, role, s.map(m -> m == MemberStatus.ACTIVE ? "ACTIVE" : "SUSPENDED")
                .orElse(null));
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(listing.find(filter, after, page.limit() + 1), page.limit(),
                u -> new Cursor(u.createdAt(), u.id()).encode());
    }

    /**
     * Invites a member: the account and its set-password e-mail.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming {@code name}, {@code email} or {@code role}
     * @throws Conflict {@code EMAIL_TAKEN} when the e-mail already has an account
     */
    public User invite(Caller caller, MemberCommand command) {
        requireAdmin(caller);
        MemberCommand.Invite c = command.invite();
        return transactions.inTransaction(() -> invites.invite(c.email(), c.name(), c.role()));
    }

    /**
     * Applies the present parts of an edit; the role change is audited in its transaction, a status change
     * goes through identity's suspension (its own audit record).
     *
     * @return the member after the edit
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such account
     * @throws ValidationFailed naming {@code name}, {@code role} or {@code status}
     * @throws Conflict {@code CANNOT_SUSPEND_SELF} when an admin deactivates themselves
     */
    public User update(Caller caller, UUID memberId, MemberCommand command, RequestOrigin origin) {
        requireAdmin(caller);
        MemberCommand.Edit c = command.edit();
        User before = member(memberId);
        transactions.run(() -> {
            c.name().filter(n -> !n.equals(before.name())).ifPresent(n -> edits.rename(memberId, n, clock.instant()));
            c.role().filter(r -> r != before.role()).ifPresent(r -> {
                edits.changeRole(memberId, r, clock.instant());
                audit.record(AuditEntry.by(caller.userId(), AuditAction.ROLE_CHANGED, AuditTarget.user(memberId))
                        .from(origin).with(FieldChange.of("role", before.role().name(), r.name())));
            });
        });
        c.status().filter(s -> s != MemberStatus.of(before.status())).ifPresent(s -> {
            if (s == MemberStatus.INACTIVE) {
                suspension.suspend(caller.userId(), memberId, "Deactivated by an admin");
            } else {
                suspension.unsuspend(caller.userId(), memberId);
            }
        });
        return member(memberId);
    }

    /**
     * Removes a member from the team: the account is deactivated (suspended, sessions revoked); removing
     * an inactive member again changes nothing.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such account
     * @throws Conflict {@code CANNOT_SUSPEND_SELF} when an admin removes themselves
     */
    public void remove(Caller caller, UUID memberId) {
        requireAdmin(caller);
        User member = member(memberId);
        if (MemberStatus.of(member.status()) == MemberStatus.INACTIVE) {
            return;
        }
        suspension.suspend(caller.userId(), memberId, REMOVED);
    }

    private User member(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFound("No such member."));
    }

    static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can manage the team.");
        }
    }
}
