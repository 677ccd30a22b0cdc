package io.ensemble.privacy;

import io.ensemble.identity.Caller;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The data export (issue 20 §4): {@code POST /api/v1/account/export} asks the privacy job for a zip of
 * every row about the caller and their files; {@code GET /api/v1/account/export} answers its status and,
 * once built, a download link signed with the shared key and valid {@link PrivacySettings#downloadTtl()}
 * (24 h by default) from when it was built. The link is checked without a login.
 */
public final class DataExportService {
    /** The download route; the request id follows. */
    public static final String DOWNLOAD_PATH = "/api/v1/account/export/download/";

    private final PrivacyRequestRepository requests;
    private final PrivacySteps steps;
    private final ArchiveStore archives;
    private final LinkSigner signer;
    private final PrivacySettings settings;
    private final Transactions transactions;
    private final AuditRecorder audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final Runnable kick;

    /** Wires the ports; {@code kick} starts the privacy job now. */
    public DataExportService(PrivacyRequestRepository requests, PrivacySteps steps, ArchiveStore archives,
            LinkSigner signer, PrivacySettings settings, Transactions transactions, AuditRecorder audit,
            IdGenerator ids, Clock clock, Runnable kick) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.archives = Objects.requireNonNull(archives, "archives");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kick = Objects.requireNonNull(kick, "kick");
    }

    /**
     * Asks for an export; while one is still being built, answers that one.
     *
     * @return the request (PENDING, or the unfinished one)
     */
    public ExportLink requestExport(Caller caller, RequestOrigin origin) {
        PrivacyRequest request = transactions.inTransaction(() -> {
            Optional<PrivacyRequest> latest = requests.latest(caller.userId(), PrivacyRequest.Kind.EXPORT);
            if (latest.isPresent() && latest.get().status() != PrivacyRequest.Status.DONE) {
                return latest.get();
            }
            PrivacyRequest created = PrivacyRequest.pending(ids.newId(), caller.userId(), PrivacyRequest.Kind.EXPORT,
                    caller.userId(), steps.exportSteps(), List.of(), clock.instant());
            requests.insert(created);
            audit.record(AuditEntry.by(caller.userId(), AuditAction.ACCOUNT_EXPORTED, AuditTarget.user(caller.userId()))
                    .from(origin));
            return created;
        });
        kick.run();
        return linkOf(request);
    }

    /**
     * @return the caller's latest export with its download link once built
     * @throws NotFound when the caller never asked for one
     */
    public ExportLink latestExport(Caller caller) {
        return linkOf(requests.latest(caller.userId(), PrivacyRequest.Kind.EXPORT)
                .orElseThrow(() -> new NotFound("No export has been requested.")));
    }

    /**
     * Opens an archive for a signed link.
     *
     * @return the archive's bytes
     * @throws Forbidden {@code LINK_EXPIRED} after the expiry, {@code INVALID_SIGNATURE} for a wrong signature
     * @throws NotFound when the archive is gone (the account was erased) or the request is unknown
     */
    public InputStream download(UUID requestId, long expires, String signature) {
        Instant now = clock.instant();
        if (expires <= now.getEpochSecond()) {
            throw new Forbidden("LINK_EXPIRED", "This download link has expired; ask for a new export.");
        }
        if (signature == null || !signer.verify(DOWNLOAD_PATH + requestId, expires, signature, now)) {
            throw new Forbidden("INVALID_SIGNATURE", "This download link is not valid.");
        }
        return requests.find(requestId).flatMap(PrivacyRequest::archiveKey).flatMap(archives::open)
                .orElseThrow(() -> new NotFound("This export is no longer available."));
    }

    private ExportLink linkOf(PrivacyRequest request) {
        if (request.status() != PrivacyRequest.Status.DONE || request.archiveKey().isEmpty()
                || request.finishedAt().isEmpty()) {
            return new ExportLink(request, Optional.empty(), Optional.empty());
        }
        Instant expiresAt = request.finishedAt().get().plus(settings.downloadTtl());
        if (!expiresAt.isAfter(clock.instant())) {
            return new ExportLink(request, Optional.empty(), Optional.of(expiresAt));
        }
        String path = DOWNLOAD_PATH + request.id();
        long expires = expiresAt.getEpochSecond();
        return new ExportLink(request, Optional.of(path + "?expires=" + expires + "&signature="
                + signer.sign(path, expires)), Optional.of(expiresAt));
    }
}
