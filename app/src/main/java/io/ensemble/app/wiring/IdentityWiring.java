package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.PollingJob;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.app.config.SignInConfig;
import io.ensemble.identity.FederatedSignIn;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.identity.PhoneSignIn;
import io.ensemble.identity.SmsBudget;
import io.ensemble.identity.SmsSender;
import io.ensemble.integrations.idtokens.JwksIdTokenVerifier;
import io.ensemble.integrations.phone.LibPhoneNumbers;
import io.ensemble.web.identity.FederatedAuthResource;
import io.ensemble.web.identity.PhoneAuthResource;
import io.ensemble.web.ratelimit.SmsRateLimits;
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
 * answer never waits for the mail server; sign-in by texted code and by Google/Apple ID token (issue 23).
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
     * @param signIns the SMS adapter, its limits and the phone and ID-token settings (issue 23)
     * @return the sessions, which authenticate bearer tokens for every other route and the sockets, and
     *     the sign-ups (also served by a client profile's auth routes)
     */
    public static Identity register(Environment env, Persistence db, IdentitySettings settings, NodeKeys keys,
                                          Mailer mailer, AuthRateLimits limits, AuditRecorder audit, IdGenerator ids,
                                          Clock clock, SignIns signIns) {
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
        env.jersey().register(new SessionResource(sessions, limits, db.phoneAccounts::facts));
        env.jersey().register(new PasswordResetResource(resets, limits));
        var phones = new PhoneSignIn(db.users, db.phoneAccounts, new LibPhoneNumbers(), otps, signIns.sms(),
                signIns.smsBudget(), signIns.config().phoneSettings(), sessions, hasher, digest, db.transactions,
                db.outbox, ids, clock);
        var federated = new FederatedSignIn(new JwksIdTokenVerifier(signIns.config().issuers(), clock), db.users,
                db.phoneAccounts, sessions, hasher, digest, db.transactions, db.outbox, ids, clock);
        env.jersey().register(new PhoneAuthResource(phones, limits, settings.otpTtl().toSeconds()));
        env.jersey().register(new FederatedAuthResource(federated, limits));
        return new Identity(sessions, signups, phones, federated,
                new io.ensemble.identity.AccountInvitations(db.users, db.codes, hasher, digest, ids, clock, db.outbox));
    }

    /**
     * The texting side of sign-in (issue 23 §1-§2), chosen in config.yml.
     *
     * @param sms the SMS adapter ({@code sms:})
     * @param smsBudget the per-number and per-address text limits
     * @param config the country allow-list and the ID token issuers ({@code signIn:})
     */
    public record SignIns(SmsSender sms, SmsBudget smsBudget, SignInConfig config) {
        /** @return the sign-in settings of {@code config} with its limiters built on {@code limits} (per hour) */
        public static SignIns of(SmsSender sms, SignInConfig config, RateLimitWiring limits) {
            Duration hour = Duration.ofHours(1);
            return new SignIns(sms, new SmsRateLimits(limits.limiter("sms-number", config.getSmsPerNumberPerHour(), hour),
                    limits.limiter("sms-address", config.getSmsPerAddressPerHour(), hour)), config);
        }
    }

    /**
     * The identity use cases other wirings take.
     *
     * @param sessions login, refresh, logout and bearer authentication
     * @param signups account creation
     * @param phones sign-up and login by texted code
     * @param federated sign-in with Google and Apple ID tokens
     * @param invitations accounts created for someone else, with a set-password token (issue 22 §1)
     */
    public record Identity(SessionService sessions, SignupService signups, PhoneSignIn phones,
                           FederatedSignIn federated, io.ensemble.identity.AccountInvitations invitations) {
    }
}
