package io.ensemble.web.realtime;

import java.time.Clock;
import java.time.Duration;

/** A per-connection fixed-window counter: at most {@code max} events per {@code window}. */
final class FixedWindowLimit {
    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private long windowStart;
    private int used;

    FixedWindowLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** @return true when one more event fits in the current window (and counts it) */
    synchronized boolean tryAcquire() {
        long now = clock.millis();
        if (now - windowStart >= windowMillis) {
            windowStart = now;
            used = 0;
        }
        if (used >= max) {
            return false;
        }
        used++;
        return true;
    }
}
