package io.ensemble.app.wiring;

import io.ensemble.hooks.EncryptedEndpoints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.ensemble.app.config.IntegratorConfig;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.feed.FeedEntry;
import io.ensemble.hooks.WebhookAdmin;
import io.ensemble.hooks.WebhookDispatcher;
import io.ensemble.hooks.WebhookFanout;
import io.ensemble.hooks.WebhookUrls;
import io.ensemble.identity.FindUsers;
import io.ensemble.integrations.hooks.HttpWebhookSender;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import io.ensemble.web.feed.FeedEventView;
import io.ensemble.web.hooks.WebhookAdminResource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Wires outgoing webhooks (issue 26 §2): the admin routes, the SSRF guard ({@code WEBHOOK_ALLOW_PRIVATE},
 * {@code WEBHOOK_ALLOW_HTTP}), the HTTP sender (10 s timeout, body rendered as {@link FeedEventView} like the
 * feed API), a bounded worker pool (one endpoint per worker) and the db-scheduler job
 * {@code webhook-dispatch} that leases endpoints with due deliveries (one node per run). An endpoint the
 * dispatcher disables is audited and its registering admin is mailed.
 */
public final class HooksWiring {
    /** Name of the recurring job that hands due deliveries to workers. */
    public static final String DISPATCH_JOB = "webhook-dispatch";

    private HooksWiring() {
    }

    /**
     * @param cipher encrypts the endpoints' signing secrets at rest ({@link EncryptedEndpoints}); secrets
     *     stored in plaintext before are encrypted here at start
     * @return the fan-out the feed calls for each appended event
     */
    public static WebhookFanout register(Environment env, Jobs jobs, Persistence db, IntegratorConfig config,
                                         AuditRecorder audit, Mailer mailer, FindUsers users, IdGenerator ids,
                                         Clock clock, io.ensemble.shared.keys.SecretCipher cipher) {
        EncryptedEndpoints endpoints = new EncryptedEndpoints(db.webhookEndpoints, cipher);
        int legacy = endpoints.encryptLegacy();
        if (legacy > 0) {
            org.slf4j.LoggerFactory.getLogger(HooksWiring.class).info("Encrypted {} webhook secrets stored in plaintext",
                    legacy);
        }
        WebhookUrls urls = WebhookUrls.system(config.webhookAllowHttp(), config.webhookAllowPrivate());
        env.jersey().register(new WebhookAdminResource(new WebhookAdmin(endpoints, db.webhookDeliveries,
                urls, audit, db.transactions, ids, clock)));
        ObjectMapper json = env.getObjectMapper();
        Function<FeedEntry, String> body = entry -> {
            try {
                return json.writeValueAsString(FeedEventView.of(entry));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
        ThreadPoolExecutor workers = new ThreadPoolExecutor(config.webhookWorkers(), config.webhookWorkers(), 60,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(config.webhookWorkers()), runnable -> {
                    Thread t = new Thread(runnable, "webhook-worker");
                    t.setDaemon(true);
                    return t;
                });
        env.lifecycle().manage(new Managed() {
            @Override
            public void stop() throws InterruptedException {
                workers.shutdown();
                workers.awaitTermination(HttpWebhookSender.TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
            }
        });
        SecureRandom random = new SecureRandom();
        WebhookDispatcher dispatcher = new WebhookDispatcher(endpoints, db.webhookDeliveries, db.feed,
                new HttpWebhookSender(urls, body, HttpWebhookSender.TIMEOUT), endpoint -> {
                    audit.record(AuditEntry.anonymous(AuditAction.WEBHOOK_DISABLED,
                            Optional.of(new AuditTarget("webhook_endpoint", endpoint.id().toString()))));
                    users.findById(endpoint.createdBy()).ifPresent(admin -> mailer.send(new MailMessage(
                            admin.email(), "Webhook endpoint disabled", "Every delivery to " + endpoint.url()
                            + " failed for 3 days, so Ensemble disabled the endpoint " + endpoint.id()
                            + ". Fix it, then enable it again (PATCH /api/v1/admin/webhooks/{id} {\"enabled\": true}).")));
                }, db.transactions, workers, clock, random::nextDouble);
        jobs.every(DISPATCH_JOB, config.dispatchInterval(), (io.ensemble.app.jobs.QuietJob) now -> {
            int handed = dispatcher.dispatch();
            return handed == 0 ? io.ensemble.app.jobs.QuietJob.IDLE : "handed " + handed + " endpoints to workers";
        });
        return new WebhookFanout(db.webhookEndpoints, clock);
    }
}
