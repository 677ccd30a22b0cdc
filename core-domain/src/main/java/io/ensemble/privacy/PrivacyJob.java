package io.ensemble.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy job's pass (issue 20 §4): takes waiting erasure and export requests one at a time and
 * runs their steps in order, saving after each step how many are done, so a run that crashes is
 * resumed from that step by a later run once its lease runs out. Every step is idempotent, so
 * running one twice (a crash after the step but before its progress was saved) is harmless. A failing
 * step puts the request back with the error; the next pass retries it.
 */
public final class PrivacyJob {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyJob.class);
    /** Archive keys live under this prefix of the media store. */
    public static final String ARCHIVE_PREFIX = "exports/";

    private final PrivacyRequestRepository requests;
    private final PrivacySteps steps;
    private final ArchiveStore archives;
    private final PrivacySettings settings;
    private final Clock clock;

    /** Wires the ports. */
    public PrivacyJob(PrivacyRequestRepository requests, PrivacySteps steps, ArchiveStore archives,
            PrivacySettings settings, Clock clock) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.archives = Objects.requireNonNull(archives, "archives");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs every request waiting now.
     *
     * @param progress receives (requests handled, -1) as the pass goes
     * @return a summary for the run log (counts only, never personal data)
     */
    public String runPending(BiConsumer<Long, Long> progress) {
        int done = 0;
        int failed = 0;
        Optional<PrivacyRequest> next;
        while ((next = requests.claimNext(clock.instant(), leaseEnd())).isPresent()) {
            PrivacyRequest request = next.get();
            try {
                run(request);
                done++;
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("Privacy request {} ({}) failed at step {}; it will be resumed", request.id(),
                        request.kind(), request.stepsDone(), e);
                requests.failed(request.id(), e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                break;
            }
            progress.accept((long) (done + failed), -1L);
        }
        return "privacy requests: " + done + " done, " + failed + " failed";
    }

    private void run(PrivacyRequest request) {
        if (request.kind() == PrivacyRequest.Kind.ERASURE) {
            erase(request);
        } else {
            export(request);
        }
    }

    private void erase(PrivacyRequest request) {
        ErasureSubject subject = new ErasureSubject(request.userId(), request.terms());
        List<ErasePersonalData> list = steps.erasure();
        for (int i = request.stepsDone(); i < list.size(); i++) {
            list.get(i).erase(subject);
            requests.progress(request.id(), i + 1, leaseEnd());
        }
        for (String key : requests.archiveKeysOf(request.userId())) {
            archives.delete(key);
        }
        requests.finish(request.id(), Optional.empty(), clock.instant());
        LOG.info("Erased the personal data of user {} (request {})", request.userId(), request.id());
    }

    private void export(PrivacyRequest request) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        int step = 0;
        for (ExportPersonalData context : steps.exports()) {
            rows.putAll(context.rowsOf(request.userId()));
            requests.progress(request.id(), ++step, leaseEnd());
        }
        var files = steps.files().filesOf(request.userId());
        requests.progress(request.id(), ++step, leaseEnd());
        Path zip = ExportArchive.write(request.userId(), rows, steps.files(), files);
        try {
            String key = ARCHIVE_PREFIX + request.id() + ".zip";
            archives.put(key, zip);
            requests.finish(request.id(), Optional.of(key), clock.instant());
        } finally {
            ExportArchive.deleteQuietly(zip);
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.lease());
    }
}
