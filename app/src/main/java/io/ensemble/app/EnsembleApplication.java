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
import io.ensemble.app.config.HttpConfig;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.app.observability.BackingServices;
import io.ensemble.app.observability.MediaStoreHealthCheck;
import io.ensemble.app.observability.OutboxMetrics;
import io.ensemble.app.observability.RealtimeMetrics;
import io.ensemble.app.wiring.BankingWiring;
import io.ensemble.app.wiring.ConnectionsWiring;
import io.ensemble.app.wiring.DatabaseWiring;
import io.ensemble.app.wiring.DiscoveryWiring;
import io.ensemble.app.wiring.IdentityWiring;
import io.ensemble.app.wiring.MarketplaceWiring;
import io.ensemble.app.wiring.MediaWiring;
import io.ensemble.app.wiring.MessagingWiring;
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
import io.ensemble.operations.JobRunQueries;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.Mailer;
import io.ensemble.shared.SecretCipher;
import io.ensemble.shared.UuidV7Generator;
import io.ensemble.web.BodySizeLimitFilter;
import io.ensemble.web.JsonSettings;
import io.ensemble.web.RequestIdFilter;
import io.ensemble.web.SecurityHeadersFilter;
import io.ensemble.web.UnreadBodyFilter;
import io.ensemble.web.errors.DomainExceptionMapper;
import io.ensemble.web.errors.IdempotencyKeyReusedMapper;
import io.ensemble.web.errors.JsonExceptionMapper;
import io.ensemble.web.errors.UnhandledExceptionMapper;
import io.ensemble.web.errors.WebApplicationExceptionMapper;
import io.ensemble.web.forwarded.TrustedProxyCustomizer;
import io.ensemble.web.health.HealthResource;
import io.ensemble.web.identity.BearerAuthentication;
import io.ensemble.web.operations.JobRunAdminResource;
import io.ensemble.web.ratelimit.AuthRateLimits;
import io.ensemble.web.ratelimit.GeneralRateLimitFilter;
import io.ensemble.web.text.NulParameterFilter;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * Ensemble's Dropwizard application: parses {@code config.yml} with {@code ${ENV:-default}}
 * substitution, resolves (or starts) the database, migrates it, and wires every port to its
 * adapter explicitly (DESIGN §Modules; dropwizard-example style).
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
        NodeKeys keys = NodeKeys.resolve(db, config, clock); // issue 29 §1: refuses to start on a key mismatch
        SecretCipher cipher = keys.cipher();
        Jobs jobs = new Jobs(database.dataSource(), db.jobRuns, ids, clock, config.getJobs().settings(), env.metrics());
        env.lifecycle().manage(jobs);

        // adapters chosen in config.yml
        Mailer mailer = config.getMail().build();
        var mediaStorage = config.getStorage().build(dataDir);
        var paymentProviders = config.getPayments().build(db.payoutAccounts, clock); // stripe without keys: refused
        var realtime = RealtimeWiring.ports(env, config.getRealtime(), config.getRedisUrl());

        // web
        var limits = RateLimitWiring.build(env, config.getRateLimits(), config.getRealtime(), config.getRedisUrl());
        var authLimits = new AuthRateLimits(limits.limiter("auth", config.getRateLimits().getAuthPer15Min(), RATE_WINDOW));
        var jersey = env.jersey();
        jersey.register(new DomainExceptionMapper(env.metrics().meter("http.rate-limited")::mark));
        jersey.register(new IdempotencyKeyReusedMapper());
        jersey.register(new JsonExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnhandledExceptionMapper());
        jersey.register(new BodySizeLimitFilter(config.getHttp().getMaxBodyBytes(), config.getMedia().maxRequestBytes()));
        jersey.register(new UnreadBodyFilter());
        jersey.register(new SecurityHeadersFilter());
        jersey.register(new NulParameterFilter());
        var generalLimit = limits.limiter("general", config.getRateLimits().getGeneralPer15Min(), RATE_WINDOW);
        jersey.register(new GeneralRateLimitFilter(generalLimit));
        jersey.register(new io.ensemble.web.CallerLogContext());
        jersey.register(new HealthResource(BackingServices.probe(env, database.probe(), config.getRealtime().redis()
                ? java.util.Optional.of(config.getRedisUrl()) : java.util.Optional.empty(),
                new MediaStoreHealthCheck(mediaStorage)), clock));

        // contexts, each wired once, in the order their ports are consumed
        SessionService sessions = IdentityWiring.register(env, db, config.getAuth().identitySettings(), keys, mailer,
                authLimits, ids, clock);
        BearerAuthentication.register(jersey.getResourceConfig(), sessions);
        NotificationPublisher notifications = NotificationsWiring.register(env, db, mailer,
                config.getPush().build(env.getObjectMapper()), jobs, ids, clock);
        ConnectionDirectory connections = ConnectionsWiring.register(db, jersey, notifications, ids, clock);
        var socialTotals = SocialWiring.register(env, db, config.getSocial(), cipher, notifications, jobs,
                ids, clock);
        ProfilesWiring.register(jersey, db, sessions, clock, socialTotals, limits);
        DiscoveryWiring.register(jersey, db);
        MediaWiring.register(env, db, config.getMedia(), mediaStorage, keys.mediaSigningKey(), jobs, ids, clock,
                limits);
        ScrapeWiring.register(env, db, config.getApify(), socialTotals, jobs, ids, clock);
        MessagingService chat = MessagingWiring.register(env, db, config.getMessaging().settings(),
                connections::connected, realtime.publisher(), realtime.rooms(), ids, clock);
        var gateway = RealtimeWiring.register(env, sessions, chat, realtime, config.getRealtime(),
                config.getHttp().allowedOrigins(), config.getHttp().getMaxBodyBytes(), generalLimit, clock);
        RealtimeMetrics.sockets(gateway, env.metrics());
        var payments = PaymentsWiring.register(jersey, db, paymentProviders.gateway(),
                config.getMarketplace().platformFee(), config.getMarketplace().payoutTransferInterval(), jobs, ids,
                clock);
        var orderLifecycle = MarketplaceWiring.register(env, db, config.getMarketplace().settings(),
                notifications, payments.orderPayments(), jobs, ids, clock);
        PaymentProvidersWiring.register(jersey, db, paymentProviders, orderLifecycle, payments.transfers(), clock);
        BankingWiring.register(env, db, config.getBankLinking(), cipher, ids, clock);
        OutboxWiring.register(env, db, realtime.publisher(), gateway::isOnline, notifications, chat::announce,
                env.getObjectMapper(), clock);

        // HTTP edge and operations
        env.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        installCors(env, config.getHttp());
        TrustedProxyCustomizer.install(env.lifecycle(), config.getHttp().trustedProxies());
        OutboxMetrics.register(env.metrics(), db.outboxBacklog, clock);
        var jobRunQueries = new JobRunQueries(db.jobRuns);
        jersey.register(new JobRunAdminResource(jobRunQueries));
        AdminPort.install(env, config.getServerFactory(), config.getAdminPort().token(), jobs, jobRunQueries);
    }

    private static void installCors(Environment env, HttpConfig http) {
        Set<String> origins = http.allowedOrigins();
        if (origins.isEmpty()) {
            return;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(origins.stream().map(o -> java.util.regex.Pattern.quote(o))
                .collect(java.util.stream.Collectors.toSet()));
        cors.setAllowedMethods(Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key", RequestIdFilter.HEADER));
        cors.setExposedHeaders(Set.of(RequestIdFilter.HEADER, "Retry-After",
                io.ensemble.web.IdempotencyHeaders.REPLAYED));
        cors.setAllowCredentials(true);
        cors.setPreflightMaxAge(Duration.ofMinutes(10));
        // By default CrossOriginHandler answers a WebSocket upgrade from an Origin outside the list
        // itself, with a bare 400 "origin not allowed", before the /ws and /socket.io/ creators run.
        // Deliver it, so UpgradeOrigins (same list) refuses it with 403 and the API's error body.
        cors.setDeliverNonAllowedOriginWebSocketUpgradeRequests(true);
        env.getApplicationContext().insertHandler(cors);
    }
}
