package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.identity.SessionService;
import io.ensemble.profiles.ProfileService;
import io.ensemble.social.SocialSyncService;
import io.ensemble.web.profiles.CategoryResource;
import io.ensemble.web.profiles.OnboardingResource;
import io.ensemble.web.profiles.ProfileResource;
import io.ensemble.web.social.SocialSyncResource;
import java.time.Clock;
import java.time.Duration;

/**
 * Wiring of the {@code profiles} and {@code social} contexts (issue 5 §1 and §5): repositories
 * of the shared {@link Persistence}, use cases, and resources. Kept out of
 * {@link EnsembleApplication#run} so that file stays a list of one call per context.
 */
public final class ProfilesWiring {
    /** seeds/004 §Rate Limiting: 10 stats pushes per minute per user. */
    public static final int SYNC_PER_MINUTE = 10;

    private ProfilesWiring() {
    }

    /**
     * Builds the profiles and social-sync use cases and registers their resources.
     *
     * @param jersey where resources are registered (bearer auth must already be registered)
     * @param db the shared persistence adapters (users, transactions, handles)
     * @param sessions resolves bearer tokens for the social-sync route, which authenticates itself
     * @param clock the application clock
     * @param socialTotals totals over pushed stats and linked accounts' snapshots (issue 6 §3)
     * @param limits where the manual sync limit keeps its buckets (issue 29 §4)
     * @param audit where category additions are recorded (issue 20 §2)
     * @return the profile use cases, for the client profiles
     */
    public static ProfileService register(JerseyEnvironment jersey, Persistence db, SessionService sessions, Clock clock,
                         io.ensemble.social.SocialTotals socialTotals, RateLimitWiring limits,
                         io.ensemble.shared.audit.AuditRecorder audit) {
        var profiles = new ProfileService(db.profiles, db.categories, db.users, db.transactions, clock, db.outbox,
                new io.ensemble.shared.ids.UuidV7Generator(clock));
        var sync = new SocialSyncService(db.socialStats, db.profiles, db.transactions, clock, socialTotals);
        jersey.register(new CategoryResource(profiles));
        jersey.register(new io.ensemble.web.profiles.CategoryAdminResource(
                new io.ensemble.profiles.CategoryAdminService(db.categories, db.transactions, audit)));
        jersey.register(new OnboardingResource(profiles));
        jersey.register(new ProfileResource(profiles));
        var matching = new io.ensemble.profiles.CollaborationPreferencesService(db.collaborationPreferences,
                db.transactions);
        jersey.register(new io.ensemble.web.profiles.CollaborationPreferencesResource(matching));
        jersey.register(new SocialSyncResource(sessions, sync,
                limits.limiter("social-sync", SYNC_PER_MINUTE, Duration.ofMinutes(1)), matching));
        return profiles;
    }

    /**
     * Builds the seeds/002 profile-details use cases (issue 23 §5) and registers
     * {@code /api/v1/profile/details}.
     *
     * @param online whether a user has an open realtime connection (the gateway's presence)
     * @return the use cases, for the client profiles
     */
    public static io.ensemble.profiles.ProfileDetailsService details(JerseyEnvironment jersey, Persistence db,
                                                                     java.util.function.Predicate<java.util.UUID> online,
                                                                     Clock clock) {
        var presence = new io.ensemble.profiles.Presence() {
            @Override
            public boolean online(java.util.UUID userId) {
                return online.test(userId);
            }

            @Override
            public java.util.Optional<java.time.Instant> lastSeen(java.util.UUID userId) {
                return db.contacts.findReachable(userId).flatMap(io.ensemble.messaging.Contact::lastSeenAt);
            }
        };
        var details = new io.ensemble.profiles.ProfileDetailsService(db.profileDetails, db.profiles, db.users,
                presence, db.transactions, clock);
        jersey.register(new io.ensemble.web.profiles.ProfileDetailsResource(details));
        return details;
    }
}
