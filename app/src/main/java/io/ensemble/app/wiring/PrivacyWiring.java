package io.ensemble.app.wiring;

import io.ensemble.app.config.PrivacyConfig;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.banking.BankingErasure;
import io.ensemble.identity.AccountClosure;
import io.ensemble.integrations.crypto.Argon2idPasswordHasher;
import io.ensemble.marketplace.OrderClosure;
import io.ensemble.marketplace.OrderLifecycle;
import io.ensemble.media.MediaErasure;
import io.ensemble.media.MediaStorage;
import io.ensemble.media.UrlSigner;
import io.ensemble.privacy.AccountDeletionService;
import io.ensemble.privacy.ArchiveStore;
import io.ensemble.privacy.DataExportService;
import io.ensemble.privacy.ErasePersonalData;
import io.ensemble.privacy.LinkSigner;
import io.ensemble.privacy.PrivacyJob;
import io.ensemble.privacy.PrivacySteps;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.privacy.AccountPrivacyResource;
import io.ensemble.web.privacy.AdminUserDeletionResource;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wiring of the {@code privacy} context (issue 20 §4): account deletion and data export routes, and the
 * {@code privacy-requests} job (every {@code privacy.pollInterval}, started at once when a request is made,
 * also {@code POST /tasks/privacy-requests} on the admin port) that runs every context's erasure steps in
 * order (identity's pseudonymisation last) and builds export archives in the media store under
 * {@code exports/}. Download links are signed with the shared media-URL key.
 */
public final class PrivacyWiring {
    /** The job's name. */
    public static final String JOB = "privacy-requests";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyWiring.class);

    private PrivacyWiring() {
    }

    /**
     * Builds the privacy use cases and job and registers their routes.
     *
     * @param social     the social context's erasure step (revokes grants at the providers)
     * @param banking    the banking context's erasure step (removes items at the provider)
     * @param orders     the order lifecycle, to end a deleted user's orders when an admin forces it
     * @param storage    the media store (uploads to erase, archives to keep)
     * @param signingKey the shared media-URL HMAC key, which signs download links
     */
    public static void register(JerseyEnvironment jersey, Persistence db, PrivacyConfig config, Jobs jobs,
            ErasePersonalData social, BankingErasure banking, OrderLifecycle orders, MediaStorage storage, byte[] signingKey,
            AuditRecorder audit, IdGenerator ids, Clock clock) {
        var media = new MediaErasure(db.media, db.media, storage);
        var agencyOps = db.agencyOpsPersonalData; // issue 22 §1 meetings
        var steps = new PrivacySteps(
                List.of(social, banking, media, db.messagingPersonalData, db.messagingSocialPersonalData,
                        db.notificationsPersonalData,
                        db.connectionsPersonalData, db.eventsPersonalData, db.marketplacePersonalData,
                        db.paymentsPersonalData, db.moderationPersonalData, db.supportPersonalData, db.feedPersonalData,
                        db.auditPersonalData, db.profilesPersonalData, db.blocksPersonalData, agencyOps,
                        db.agencyPersonalData,
                        db.identityPersonalData),
                List.of(db.identityPersonalData, db.profilesPersonalData, db.socialPersonalData,
                        db.connectionsPersonalData, db.eventsPersonalData, db.marketplacePersonalData,
                        db.messagingPersonalData, db.messagingSocialPersonalData, db.notificationsPersonalData,
                        db.paymentsPersonalData,
                        db.bankingPersonalData, db.mediaPersonalData, db.auditPersonalData, db.privacyPersonalData,
                        db.moderationPersonalData, db.blocksPersonalData, agencyOps, db.supportPersonalData,
                        db.agencyPersonalData),
                media);
        ArchiveStore archives = archives(storage);
        var job = new PrivacyJob(db.privacyRequests, steps, archives, config.settings(), clock);
        jobs.every(JOB, config.pollInterval(), new io.ensemble.app.jobs.QuietJob() {
            @Override
            public String run(Instant now) {
                return idleWhenNothing(job.runPending((done, total) -> { }));
            }

            @Override
            public String run(Instant now, Progress progress) {
                return idleWhenNothing(job.runPending(progress::report));
            }
        });
        Runnable kick = () -> {
            try {
                jobs.start(JOB);
            } catch (RejectedExecutionException e) {
                LOG.info("Privacy job not started now (the service is stopping); its schedule will run it");
            }
        };
        var accounts = new AccountClosure(db.users, new Argon2idPasswordHasher(), db.closedAccounts, clock);
        var deletion = new AccountDeletionService(accounts, db.profiles, new OrderClosure(db.openOrders, orders),
                db.privacyRequests, steps, db.transactions, audit, ids, clock, kick, db.outbox);
        var exports = new DataExportService(db.privacyRequests, steps, archives, signer(signingKey),
                config.settings(), db.transactions, audit, ids, clock, kick);
        jersey.register(new AccountPrivacyResource(deletion, exports));
        jersey.register(new AdminUserDeletionResource(deletion));
    }

    private static LinkSigner signer(byte[] key) {
        UrlSigner signer = new UrlSigner(key);
        return new LinkSigner() {
            @Override
            public String sign(String path, long expiresEpochSeconds) {
                return signer.sign(path, expiresEpochSeconds);
            }

            @Override
            public boolean verify(String path, long expiresEpochSeconds, String signature, Instant now) {
                return signer.verify(path, expiresEpochSeconds, signature, now);
            }
        };
    }

    private static ArchiveStore archives(MediaStorage storage) {
        return new ArchiveStore() {
            @Override
            public void put(String key, Path file) {
                storage.put(key, file, "application/zip");
            }

            @Override
            public Optional<InputStream> open(String key) {
                return storage.open(key).map(MediaStorage.StoredObject::content);
            }

            @Override
            public void delete(String key) {
                storage.delete(key);
            }
        };
    }

    /** A poll that found no request (its summary counts none) is {@link io.ensemble.app.jobs.QuietJob#IDLE}. */
    private static String idleWhenNothing(String summary) {
        return summary.equals(NOTHING_DONE) ? io.ensemble.app.jobs.QuietJob.IDLE : summary;
    }

    private static final String NOTHING_DONE = "privacy requests: 0 done, 0 failed";
}
