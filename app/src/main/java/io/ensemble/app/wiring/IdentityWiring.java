package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.PollingJob;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.identity.OneTimeCodes;
import io.ensemble.identity.PasswordResetService;
import io.ensemble.identity.SecretDigest;
import io.ensemble.identity.SessionService;
import io.ensemble.identity.SignupService;
import io.ensemble.integrations.crypto.Argon2idPasswordHasher;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.mail.Mailer;
import io.ensemble.web.identity.PasswordResetResource;
import io.ensemble.web.identity.SessionResource;
import io.ensemble.web.identity.SignupResource;
import io.ensemble.web.ratelimit.AuthRateLimits;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the identity context (issue 3, issue 28 §4): Argon2id passwords, e-mailed one-time codes,
 * sessions signed with the shared JWT key ring and hashed with the shared token-hash key
 * ({@link NodeKeys}), the signup, session and password-reset routes behind the auth rate limit, and the
 * {@code password-reset-mail} poller that mails queued forgot-password codes so the forgot-password
 * answer never waits for the mail server.
 */
public final class IdentityWiring {
    /** Delay between two runs of the reset-mail poller (after the previous one ends). */
    public static final Duration RESET_MAIL_POLL_INTERVAL = Duration.ofMillis(500);
    /** Forgot-password requests claimed per batch. */
    public static final int RESET_MAIL_BATCH = 20;

    private IdentityWiring() {
    }

    /**
     * Builds the identity use cases, registers their routes and starts the reset-mail poller with the app.
     *
     * @param settings token lifetimes, issuer and audience ({@code auth})
     * @param keys the keys every node shares
     * @param mailer sends one-time codes
     * @param limits the per-IP auth limit of seed 001 (5 per 15 minutes)
     * @param audit where logins (success and failure) are recorded, in the session's transaction
     * @return the sessions, which authenticate bearer tokens for every other route and the sockets, and
     *     the sign-ups (also served by a client profile's auth routes)
     */
    public static Identity register(Environment env, Persistence db, IdentitySettings settings, NodeKeys keys,
                                          Mailer mailer, AuthRateLimits limits, AuditRecorder audit, IdGenerator ids,
                                          Clock clock) {
        var hasher = new Argon2idPasswordHasher();
        var digest = new SecretDigest(keys.tokenHashKey());
        var otps = new OneTimeCodes(db.codes, digest, mailer, ids, clock, settings);
        var signups = new SignupService(db.users, hasher, otps, db.transactions, ids, clock, db.outbox);
        var sessions = new SessionService(db.users, db.sessions, hasher, keys.accessTokens(), digest, db.transactions,
                ids, clock, settings, audit);
        var resets = new PasswordResetService(db.users, db.codes, db.sessions, hasher, otps, digest,
                db.resetRequests, db.transactions, ids, clock, settings, audit);
        env.lifecycle().manage(PollingJob.draining("password-reset-mail", RESET_MAIL_POLL_INTERVAL, RESET_MAIL_BATCH,
                resets::sendQueuedResets));
        env.jersey().register(new SignupResource(signups, limits));
        env.jersey().register(new SessionResource(sessions, limits));
        env.jersey().register(new PasswordResetResource(resets, limits));
        return new Identity(sessions, signups,
                new io.ensemble.identity.AccountInvitations(db.users, db.codes, hasher, digest, ids, clock, db.outbox));
    }

    /**
     * The identity use cases other wirings take.
     *
     * @param sessions login, refresh, logout and bearer authentication
     * @param signups account creation
     * @param invitations accounts created for someone else, with a set-password token (issue 22 §1)
     */
    public record Identity(SessionService sessions, SignupService signups,
                           io.ensemble.identity.AccountInvitations invitations) {
    }
}
