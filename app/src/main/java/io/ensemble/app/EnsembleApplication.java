package io.ensemble.app;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.migrations.MigrationsBundle;
import io.ensemble.app.admin.AdminPort;
import io.ensemble.app.commands.CreateAdminCommand;
import io.ensemble.app.commands.RotateEncryptionKeyCommand;
import io.ensemble.app.commands.RotateJwtKeyCommand;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.app.observability.BackingServices;
import io.ensemble.app.observability.MediaStoreHealthCheck;
import io.ensemble.app.observability.OutboxMetrics;
import io.ensemble.app.wiring.AgencyWiring;
import io.ensemble.app.wiring.AnalyticsWiring;
import io.ensemble.app.wiring.AdminWiring;
import io.ensemble.app.wiring.AuditWiring;
import io.ensemble.app.wiring.BankingWiring;
import io.ensemble.app.wiring.CompatWiring;
import io.ensemble.app.wiring.ChatSafetyWiring;
import io.ensemble.app.wiring.ConnectionsWiring;
import io.ensemble.app.wiring.DatabaseWiring;
import io.ensemble.app.wiring.DiscoveryWiring;
import io.ensemble.app.wiring.EventsWiring;
import io.ensemble.app.wiring.HttpWiring;
import io.ensemble.app.wiring.IdentityWiring;
import io.ensemble.app.wiring.MarketplaceWiring;
import io.ensemble.app.wiring.MediaWiring;
import io.ensemble.app.wiring.MessagingWiring;
import io.ensemble.app.wiring.ModerationWiring;
import io.ensemble.app.wiring.SupportWiring;
import io.ensemble.app.wiring.NotificationsWiring;
import io.ensemble.app.wiring.OutboxWiring;
import io.ensemble.app.wiring.PaymentProvidersWiring;
import io.ensemble.app.wiring.PaymentsWiring;
import io.ensemble.app.wiring.Persistence;
import io.ensemble.app.wiring.ProfilesWiring;
import io.ensemble.app.wiring.RateLimitWiring;
import io.ensemble.app.wiring.RealtimeWiring;
import io.ensemble.app.wiring.ScrapeWiring;
import io.ensemble.app.wiring.SocialWiring;
import io.ensemble.connections.ConnectionDirectory;
import io.ensemble.identity.SessionService;
import io.ensemble.messaging.MessagingService;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.operations.JobRunQueries;
import io.ensemble.shared.keys.SecretCipher;
import io.ensemble.shared.mail.Mailer;
import io.ensemble.web.health.HealthResource;
import io.ensemble.web.http.JsonSettings;
import io.ensemble.web.identity.BearerAuthentication;
import io.ensemble.web.operations.JobRunAdminResource;
import io.ensemble.web.ratelimit.AuthRateLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Ensemble's Dropwizard application: parses {@code config.yml} with {@code ${ENV:-default}}
 * substitution and wires every port to its adapter explicitly (DESIGN §Modules; dropwizard-example
 * style). {@link #run} reads top to bottom: the database (started, migrated, every repository built
 * once), the shared keys and jobs; the adapters chosen in {@code config.yml}; the rate limits; one
 * wiring class per context ({@code io.ensemble.app.wiring}) in the order their ports are consumed,
 * each taking what it needs as arguments (no reference set later); the HTTP edge and operations.
 */
public final class EnsembleApplication extends Application<EnsembleConfiguration> {
    private static final Duration RATE_WINDOW = Duration.ofMinutes(15);

    public static void main(String[] args) throws Exception {
        new EnsembleApplication().run(args);
    }

    @Override
    public String getName() {
        return "ensemble";
    }

    @Override
    public void initialize(Bootstrap<EnsembleConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new MigrationsBundle<>() {
            @Override
            public DataSourceFactory getDataSourceFactory(EnsembleConfiguration config) {
                return config.getDatabase().dataSourceFactory(config.dataDirectory());
            }
        });
        bootstrap.addBundle(new MultiPartBundle());
        bootstrap.addCommand(new CreateAdminCommand());
        bootstrap.addCommand(new RotateJwtKeyCommand());
        bootstrap.addCommand(new RotateEncryptionKeyCommand());
        bootstrap.registerMetrics(); // JVM gauges also when a test harness starts the app (issue 29 §5)
    }

    @Override
    public void run(EnsembleConfiguration config, Environment env) {
        io.ensemble.app.logging.LogMasking.install(env.lifecycle());
        JsonSettings.apply(env.getObjectMapper());
        Path dataDir = config.dataDirectory();
        Clock clock = Clock.systemUTC();
        IdGenerator ids = new UuidV7Generator(clock);

        // database, shared keys, jobs
        DatabaseWiring.Database database = DatabaseWiring.start(env, config.getDatabase(), dataDir);
        Persistence db = database.persistence();
        NodeKeys keys = NodeKeys.resolve(db.sharedKeys, config, clock); // issue 29 §1: refuses to start on a key mismatch
        SecretCipher cipher = keys.cipher();
        Jobs jobs = new Jobs(database.dataSource(), db.jobRuns, ids, clock, config.getJobs().settings(), env.metrics());
        env.lifecycle().manage(jobs);

        // adapters chosen in config.yml
        Mailer mailer = config.getMail().build();
        var mediaStorage = config.getStorage().build(dataDir);
        var paymentProviders = config.getPayments().build(db.payoutAccounts, clock); // stripe without keys: refused
        var realtime = RealtimeWiring.ports(env, config.getRealtime(), config.getRedisUrl(),
                MessagingWiring.invites(db, clock));

        // rate limits (per node, or shared in Redis)
        var limits = RateLimitWiring.build(env, config.getRateLimits(), config.getRealtime(), config.getRedisUrl());
        var authLimits = new AuthRateLimits(limits.limiter("auth", config.getRateLimits().getAuthPer15Min(), RATE_WINDOW));
        var generalLimit = limits.limiter("general", config.getRateLimits().getGeneralPer15Min(), RATE_WINDOW);
        var jersey = env.jersey();

        // contexts, each wired once, in the order their ports are consumed
        AuditRecorder audit = AuditWiring.register(jersey, jobs, config.getAudit().retention(), db, ids, clock);
        var compat = CompatWiring.module(config.getClientProfile()); // DESIGN §Client profiles
        var identity = IdentityWiring.register(env, db, config.getAuth().identitySettings(), keys, mailer,
                authLimits, audit, ids, clock,
                IdentityWiring.SignIns.of(config.getSms().build(), config.getSignIn(), limits)); // issue 23 §1-§2
        SessionService sessions = identity.sessions();
        BearerAuthentication.register(jersey.getResourceConfig(), sessions);
        NotificationPublisher notifications = NotificationsWiring.register(env, db, mailer,
                config.getPush().build(env.getObjectMapper()), jobs, ids, clock);
        ConnectionDirectory connections = ConnectionsWiring.register(db, jersey, notifications, ids, clock);
        var social = SocialWiring.register(env, db, config.getSocial(), cipher, notifications, jobs,
                ids, clock);
        var socialTotals = social.totals();
        var profiles = ProfilesWiring.register(jersey, db, sessions, clock, socialTotals, limits, audit);
        var discovery = DiscoveryWiring.register(jersey, db);
        var media = MediaWiring.register(env, db, config.getMedia(), mediaStorage, keys.mediaSigningKey(), jobs, ids, clock,
                limits);
        ScrapeWiring.register(env, db, config.getApify(), socialTotals, jobs, ids, clock);
        MessagingService chat = MessagingWiring.register(env, db, config.getMessaging().settings(),
                connections::connected, realtime.publisher(), realtime.rooms(), ids, clock);
        var chatSafety = ChatSafetyWiring.register(jersey, db, realtime.publisher(), clock, realtime.invites());
        var gateway = RealtimeWiring.register(env, sessions, chat, realtime, config.getRealtime(),
                config.getHttp().allowedOrigins(), config.getHttp().getMaxBodyBytes(), generalLimit, clock,
                CompatWiring.socketDialect(compat, db, chat, clock), chatSafety);
        MessagingWiring.registerRoutes(env, db, chat, realtime.publisher(), gateway::isOnline, clock);
        var team = io.ensemble.app.wiring.TeamChatWiring.register(env, db, chat, ids, clock); // issue 22 §1-2
        io.ensemble.app.wiring.TeamChatWiring.registerSocket(env, db, team, gateway, realtime.publisher(),
                config.getRealtime(), config.getHttp().allowedOrigins(), config.getHttp().getMaxBodyBytes());
        var payments = PaymentsWiring.register(jersey, db, paymentProviders.gateway(),
                config.getMarketplace().platformFee(), config.getMarketplace().payoutTransferInterval(), jobs,
                audit, ids, clock);
        var market = MarketplaceWiring.register(env, db, config.getMarketplace().settings(),
                notifications, payments.orderPayments(), jobs, audit, ids, clock);
        var orderLifecycle = market.lifecycle();
        var tickets = EventsWiring.tickets(db, paymentProviders.gateway(), notifications, clock);
        PaymentProvidersWiring.register(jersey, db, paymentProviders, orderLifecycle, payments.transfers(),
                tickets.webhooks(), clock);
        AnalyticsWiring.register(jersey, db, clock);
        var suspension = AdminWiring.register(jersey, db, audit, realtime.publisher(), ids, clock);
        ModerationWiring.register(jersey, db, suspension, notifications, audit, ids, clock);
        var support = SupportWiring.register(jersey, db, jobs, gateway::isOnline, realtime.publisher(), ids, clock);
        var banking = BankingWiring.register(env, db, config.getBankLinking(), cipher, ids, clock);
        var events = EventsWiring.register(jersey, db, tickets, jobs, ids, clock);
        var agencyOps = io.ensemble.app.wiring.AgencyOpsWiring.register(jersey, db, notifications, jobs,
                keys.mediaSigningKey(), ids, clock); // issue 22 §1: meetings, member payouts, notifications
        var agency = AgencyWiring.register(jersey.getResourceConfig(), db, config.getAgency(), identity.invitations(),
                suspension, mailer, audit, limits, media, ids, clock); // issue 22 §1
        CompatWiring.register(compat, jersey, new io.ensemble.web.compat.CompatServices(identity.signups(), sessions,
                authLimits, db.users, db.profiles, chat, banking.service(), social.links(), media, events.events(),
                events.finder(), events.rsvps(), identity.phones(), identity.federated(), team,
                agencyOps.meetings(), agencyOps.payouts(), agencyOps.notices(), agencyOps.notifications(), agency,
                profiles, ProfilesWiring.details(jersey, db, gateway::isOnline, clock),
                discovery, market.packages(), market.orders(), orderLifecycle, market.reviews()));
        io.ensemble.app.wiring.PrivacyWiring.register(jersey, db, config.getPrivacy(), jobs, social.erasure(),
                banking.erasure(), orderLifecycle, mediaStorage, keys.mediaSigningKey(), audit, ids, clock);
        var integrator = config.getIntegrator(); // issue 26: feed, webhooks, API keys
        var webhooks = io.ensemble.app.wiring.HooksWiring.register(env, jobs, db, integrator, audit, mailer, db.users,
                ids, clock, cipher);
        var feed = io.ensemble.app.wiring.FeedWiring.register(jersey, jobs, db, integrator.feedRetention(),
                webhooks::enqueue);
        io.ensemble.app.wiring.ApiKeysWiring.register(jersey, db, keys, audit, limits.limiter("api-key",
                integrator.apiKeyRequestsPer15Min(), RATE_WINDOW), ids, clock);
        var externalChat = io.ensemble.app.wiring.ExternalChatWiring.register(env, jobs, db,
                config.getExternalChat()); // issue 23 §4: Stream Chat mirror of order chats
        OutboxWiring.register(env, db, realtime.publisher(), gateway::isOnline, notifications, chat::announce,
                clock, feed.andThen(externalChat), support::registerOn);

        // HTTP edge and operations
        HttpWiring.register(env, config.getHttp(), config.getMedia().maxRequestBytes(), generalLimit);
        jersey.register(new HealthResource(BackingServices.probe(env, database.probe(), config.getRealtime().redis()
                ? java.util.Optional.of(config.getRedisUrl()) : java.util.Optional.empty(),
                new MediaStoreHealthCheck(mediaStorage)), clock));
        OutboxMetrics.register(env.metrics(), db.outboxBacklog, clock);
        var jobRunQueries = new JobRunQueries(db.jobRuns);
        jersey.register(new JobRunAdminResource(jobRunQueries));
        io.ensemble.web.docs.ApiDocs.register(jersey.getResourceConfig()); // /openapi.json, /docs (issue 24)
        AdminPort.install(env, config.getServerFactory(), config.getAdminPort().token(), jobs, jobRunQueries);
    }
}
