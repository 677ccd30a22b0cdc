package io.ensemble.agency;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.identity.User;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications to join the agency (issue 22 §1, seeds/003 {@code /api/applications}): anyone applies
 * (the route limits floods per client address); admins list, read, approve, reject and delete. Moves
 * follow {@link ApplicationStateMachine}; approving creates the member's account and mails the
 * set-password link ({@link MemberInvites}), rejecting mails the templated answer, each in the
 * decision's transaction.
 */
public final class ApplicationService {
    private final ApplicationRepository applications;
    private final MemberInvites invites;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public ApplicationService(ApplicationRepository applications, MemberInvites invites, Transactions transactions,
                              IdGenerator ids, Clock clock) {
        this.applications = Objects.requireNonNull(applications, "applications");
        this.invites = Objects.requireNonNull(invites, "invites");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a pending application (no account needed).
     *
     * @throws io.ensemble.shared.errors.ValidationFailed naming each bad field ({@link ApplicationCommand})
     */
    public Application apply(ApplicationCommand command) {
        ApplicationCommand.Parsed c = command.parse();
        Application application = new Application(ids.newId(), c.name(), c.email(), c.phone(), c.roleAppliedFor(),
                c.portfolioLinks(), c.message(), ApplicationStatus.PENDING, 1, Optional.empty(), Optional.empty(),
                Optional.empty(), now());
        transactions.run(() -> applications.insert(application));
        return application;
    }

    /**
     * One page of applications, newest first.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws io.ensemble.shared.errors.ValidationFailed naming {@code status}, {@code q} or {@code cursor}
     */
    public Page<Application> list(Caller caller, String status, String q, PageRequest page) {
        requireAdmin(caller);
        ApplicationFilter filter = ApplicationFilter.parse(status, q);
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(applications.find(filter, after, page.limit() + 1), page.limit(),
                a -> new Cursor(a.createdAt(), a.id()).encode());
    }

    /**
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such application
     */
    public Application application(Caller caller, UUID id) {
        requireAdmin(caller);
        return applications.findById(id).orElseThrow(ApplicationService::notFound);
    }

    /**
     * Approves a pending application: the member account (role MEMBER, or the role applied for when it names a
     * self-assignable role) is created and mailed its set-password link.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such application
     * @throws Conflict {@code APPLICATION_DECIDED} when it was already approved or rejected;
     *     {@code EMAIL_TAKEN} when the applicant's e-mail already has an account
     */
    public Application approve(Caller caller, UUID id) {
        return decide(caller, id, ApplicationStateMachine.Action.APPROVE);
    }

    /**
     * Rejects a pending application and mails the applicant the templated answer.
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such application
     * @throws Conflict {@code APPLICATION_DECIDED} when it was already approved or rejected
     */
    public Application reject(Caller caller, UUID id) {
        return decide(caller, id, ApplicationStateMachine.Action.REJECT);
    }

    /**
     * Deletes an application in any state (an approved member's account stays).
     *
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such application
     */
    public void delete(Caller caller, UUID id) {
        requireAdmin(caller);
        if (!transactions.inTransaction(() -> applications.delete(id))) {
            throw notFound();
        }
    }

    private Application decide(Caller caller, UUID id, ApplicationStateMachine.Action action) {
        requireAdmin(caller);
        return transactions.inTransaction(() -> {
            Application application = applications.findById(id).orElseThrow(ApplicationService::notFound);
            ApplicationStatus next = ApplicationStateMachine.next(application.status(), action, caller.role())
                    .orElseThrow(() -> decided(application));
            Optional<UUID> member = Optional.empty();
            if (action == ApplicationStateMachine.Action.APPROVE) {
                if (invites.taken(application.email())) {
                    throw new Conflict("EMAIL_TAKEN", "The applicant's e-mail " + application.email()
                            + " already belongs to an account; reject or delete this application instead.");
                }
                User user = invites.invite(application.email(), application.name(), roleFor(application));
                member = Optional.of(user.id());
            }
            Application moved = application.decided(next, caller.userId(), member, now());
            if (!applications.decide(moved)) {
                throw decided(application);
            }
            if (action == ApplicationStateMachine.Action.REJECT) {
                invites.rejected(moved);
            }
            return moved;
        });
    }

    /** @return the role the applied-for text names when a person may hold it by themselves, else MEMBER */
    static Role roleFor(Application application) {
        return application.roleAppliedFor().flatMap(Role::parse).filter(Role::selfAssignable).orElse(Role.MEMBER);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins can manage applications.");
        }
    }

    private static Conflict decided(Application application) {
        return new Conflict("APPLICATION_DECIDED", "This application was already " + application.status().code()
                + "; it cannot be decided again.");
    }

    private static NotFound notFound() {
        return new NotFound("No such application.");
    }
}
