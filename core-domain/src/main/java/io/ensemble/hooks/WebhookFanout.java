package io.ensemble.hooks;

import io.ensemble.feed.FeedEntry;
import java.time.Clock;
import java.util.Objects;

/**
 * Turns a new feed event into one PENDING delivery per subscribed, enabled endpoint (issue 26 §2).
 * Called by the outbox relay in the transaction that appends the event to the feed, so an event is
 * in the feed if and only if its deliveries are queued; the producing transaction never waits on it.
 */
public final class WebhookFanout {
    private final WebhookEndpointRepository endpoints;
    private final Clock clock;

    public WebhookFanout(WebhookEndpointRepository endpoints, Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return how many deliveries were queued */
    public int enqueue(FeedEntry event) {
        var now = clock.instant();
        return endpoints.enqueue(event, now, now.plus(WebhookDispatcher.RETRY_WINDOW));
    }
}
