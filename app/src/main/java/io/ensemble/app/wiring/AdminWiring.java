package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.admin.AdminUserDetails;
import io.ensemble.audit.AuditService;
import io.ensemble.connections.ConnectionAdministration;
import io.ensemble.identity.AccountSuspension;
import io.ensemble.identity.SuspendAccounts;
import io.ensemble.identity.UserAdministration;
import io.ensemble.messaging.RealtimeBus;
import io.ensemble.profiles.ProfileVerification;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.admin.AdminConnectionResource;
import io.ensemble.web.admin.AdminUserResource;
import io.ensemble.web.admin.AdminVerificationResource;
import io.ensemble.web.realtime.RealtimeSessionEndings;
import java.time.Clock;

/**
 * Wires user administration (seeds/001 §Admin, issue 20 §1 and §3 verification): the admin user list and detail,
 * suspension (sessions revoked; sockets closed on every node through the realtime bus), the verified badge and
 * the admin connection list, under {@code /api/v1/admin}. Gives back {@link SuspendAccounts} for other contexts.
 */
public final class AdminWiring {
    private AdminWiring() {
    }

    /**
     * Builds the admin use cases over {@code db} and registers their routes on {@code jersey}.
     *
     * @param audit where admin actions are recorded, in the transaction of the change
     * @param bus the realtime bus every node listens to (closes a suspended user's sockets)
     * @return the suspension use case, for report resolution
     */
    public static SuspendAccounts register(JerseyEnvironment jersey, Persistence db, AuditRecorder audit,
                                           RealtimeBus bus, IdGenerator ids, Clock clock) {
        var users = new UserAdministration(db.users, db.users);
        var connections = new ConnectionAdministration(db.connections);
        var details = new AdminUserDetails(users, db.profiles, db.socialAccounts, connections, db.orders,
                new AuditService(db.audit, ids, clock));
        var suspension = new AccountSuspension(db.users, db.sessions, audit, new RealtimeSessionEndings(bus),
                db.transactions, clock, db.outbox, ids);
        var verification = new ProfileVerification(db.profiles, db.users, audit, db.transactions, clock);
        jersey.register(new AdminUserResource(users, details, suspension));
        jersey.register(new AdminVerificationResource(verification));
        jersey.register(new AdminConnectionResource(connections));
        return suspension;
    }
}
