package io.ensemble.integrations.scraping;

import java.util.Set;

/** Statuses of an Apify actor run ("Run lifecycle" in the Apify docs) and which of them are final. */
final class ApifyRunStatus {
    /** The run finished and its dataset is complete. */
    static final String SUCCEEDED = "SUCCEEDED";
    private static final Set<String> TERMINAL = Set.of(SUCCEEDED, "FAILED", "ABORTED", "TIMED-OUT");

    private ApifyRunStatus() {
    }

    /** @return whether {@code status} is final (READY, RUNNING, TIMING-OUT and ABORTING are not) */
    static boolean isTerminal(String status) {
        return TERMINAL.contains(status);
    }
}
