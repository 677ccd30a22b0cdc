package io.ensemble.app;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.migrations.MigrationsBundle;
import io.ensemble.app.config.HttpConfig;
import io.ensemble.app.admin.AdminPort;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.app.observability.BackingServices;
import io.ensemble.app.observability.MediaStoreHealthCheck;
import io.ensemble.app.observability.OutboxMetrics;
import io.ensemble.persistence.notifications.JdbiOutboxBacklog;
import io.ensemble.operations.JobRunQueries;
import io.ensemble.web.operations.JobRunAdminResource;
import io.ensemble.identity.IdentitySettings;
import io.ensemble.identity.OneTimeCodes;
import io.ensemble.identity.PasswordResetService;
import io.ensemble.identity.SecretDigest;
import io.ensemble.identity.SessionService;
import io.ensemble.identity.SignupService;
import io.ensemble.integrations.crypto.Argon2idPasswordHasher;
import io.ensemble.persistence.Migrations;
import io.ensemble.persistence.jobs.JdbiJobRunLog;
import io.ensemble.shared.IdGenerator;
import io.ensemble.shared.Mailer;
import io.ensemble.shared.SecretCipher;
import io.ensemble.shared.UuidV7Generator;
import io.ensemble.web.BodySizeLimitFilter;
import io.ensemble.web.JsonSettings;
import io.ensemble.web.RequestIdFilter;
import io.ensemble.web.SecurityHeadersFilter;
import io.ensemble.web.UnreadBodyFilter;
import io.ensemble.web.text.NulParameterFilter;
import io.ensemble.web.errors.DomainExceptionMapper;
import io.ensemble.web.errors.IdempotencyKeyReusedMapper;
import io.ensemble.web.errors.JsonExceptionMapper;
import io.ensemble.web.errors.UnhandledExceptionMapper;
import io.ensemble.web.errors.WebApplicationExceptionMapper;
import io.ensemble.web.forwarded.TrustedProxyCustomizer;
import io.ensemble.web.health.HealthResource;
import io.ensemble.web.identity.BearerAuthentication;
import io.ensemble.web.identity.PasswordResetResource;
import io.ensemble.web.identity.SessionResource;
import io.ensemble.web.identity.SignupResource;
import io.ensemble.web.ratelimit.AuthRateLimits;
import io.ensemble.web.ratelimit.GeneralRateLimitFilter;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.jdbi.v3.core.Jdbi;

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
        DataSourceFactory dsf = config.getDatabase().dataSourceFactory(dataDir);
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                config.getDatabase().closeEmbedded();
            }
        });
        ManagedDataSource dataSource = dsf.build(env.metrics(), "postgresql");
        env.lifecycle().manage(dataSource);
        Jdbi jdbi = Jdbi.create(dataSource);
        DatabaseProbe probe = new DatabaseProbe(jdbi);
        env.healthChecks().register("postgresql", probe);
        if (config.getDatabase().isMigrateOnStart()) {
            Migrations.apply(dataSource);
        }
        probe.markStarted();

        Clock clock = Clock.systemUTC();
        IdGenerator ids = new UuidV7Generator(clock);
        Persistence db = new Persistence(jdbi);
        NodeKeys keys = NodeKeys.resolve(db, config, clock); // issue 29 §1: refuses to start on a key mismatch

        // identity
        IdentitySettings settings = config.getAuth().identitySettings();
        var hasher = new Argon2idPasswordHasher();
        var accessTokens = keys.accessTokens();
        var digest = new SecretDigest(keys.tokenHashKey());
        Mailer mailer = config.getMail().build();
        var otps = new OneTimeCodes(db.codes, digest, mailer, ids, clock, settings);
        var signups = new SignupService(db.users, hasher, otps, db.transactions, ids, clock);
        var sessions = new SessionService(db.users, db.sessions, hasher, accessTokens, digest, db.transactions,
                ids, clock, settings);
        var resets = new PasswordResetService(db.users, db.codes, db.sessions, hasher, otps, digest,
                db.resetRequests, db.transactions, ids, clock, settings);
        env.lifecycle().manage(new ResetMailJob(resets, ResetMailJob.POLL_INTERVAL));

        var jobRuns = new JdbiJobRunLog(db.handles);
        Jobs jobs = new Jobs(dataSource, jobRuns, ids, clock, config.getJobs().settings(), env.metrics());
        env.lifecycle().manage(jobs);
        SecretCipher cipher = keys.cipher();

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
        BearerAuthentication.register(jersey.getResourceConfig(), sessions);
        jersey.register(new io.ensemble.web.CallerLogContext());
        var mediaStorage = config.getStorage().build(dataDir);
        jersey.register(new HealthResource(BackingServices.probe(env, probe, config.getRealtime().redis()
                ? java.util.Optional.of(config.getRedisUrl()) : java.util.Optional.empty(),
                new MediaStoreHealthCheck(mediaStorage)), clock));
        jersey.register(new SignupResource(signups, authLimits));
        jersey.register(new SessionResource(sessions, authLimits));
        jersey.register(new PasswordResetResource(resets, authLimits));
        NotificationsWiring notifications = NotificationsWiring.register(env, db, mailer,
                config.getPush().build(env.getObjectMapper()), jobs, ids, clock);
        ConnectionsWiring connections = ConnectionsWiring.register(db, jersey, notifications.publisher, ids, clock);
        var socialTotals = SocialWiring.register(env, db, config.getSocial(), cipher, notifications.publisher, jobs,
                ids, clock);
        ProfilesWiring.register(jersey, db, sessions, clock, socialTotals, limits);
        DiscoveryWiring.register(jersey, db);
        MediaWiring.register(env, db, config.getMedia(), mediaStorage, keys.mediaSigningKey(), jobs, ids, clock,
                limits);
        ScrapeWiring.register(env, db, config.getApify(), socialTotals, jobs, ids, clock);
        RealtimeWiring.Buses buses = RealtimeMetrics.counted(
                RealtimeWiring.buses(env, config.getRealtime(), config.getRedisUrl()), env.metrics());
        MessagingWiring.Wired messaging = MessagingWiring.register(env, db, config.getMessaging().settings(),
                connections.directory::connected, buses, ids, clock);
        var gateway = RealtimeWiring.register(env, sessions, messaging, config.getRealtime(),
                config.getHttp().allowedOrigins(), config.getHttp().getMaxBodyBytes(), generalLimit, clock);
        RealtimeMetrics.sockets(gateway, env.metrics());
        notifications.relay(env, buses.publisher(), gateway::isOnline, messaging.chat()::announce, env.getObjectMapper());
        var paymentProviders = PaymentProvidersWiring.build(config.getPayments(), db, clock);
        var payments = PaymentsWiring.register(jersey, db, paymentProviders.gateway(),
                config.getMarketplace().platformFee(), config.getMarketplace().payoutTransferInterval(), jobs, ids,
                clock);
        var orderLifecycle = MarketplaceWiring.register(env, db, config.getMarketplace().settings(),
                notifications.publisher, payments.orderPayments(), jobs, ids, clock);
        PaymentProvidersWiring.register(jersey, db, paymentProviders, orderLifecycle, payments.transfers(), clock);
        BankingWiring.register(env, db, config.getBankLinking(), cipher, ids, clock);

        env.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        installCors(env, config.getHttp());
        TrustedProxyCustomizer.install(env.lifecycle(), config.getHttp().trustedProxies());
        OutboxMetrics.register(env.metrics(), new JdbiOutboxBacklog(db.handles), clock);
        var jobRunQueries = new JobRunQueries(jobRuns);
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
