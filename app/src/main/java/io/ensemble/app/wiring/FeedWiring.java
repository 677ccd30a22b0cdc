package io.ensemble.app.wiring;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.feed.EventFeed;
import io.ensemble.feed.FeedDraft;
import io.ensemble.feed.FeedEntry;
import io.ensemble.web.feed.IntegrationEventsResource;
import java.time.Duration;
import java.time.LocalTime;
import java.util.function.Consumer;

/**
 * Wires the integrator feed (issue 26 §1): {@code GET /api/v1/integrations/events}, the daily
 * {@code feed-retention} job, and the sink the outbox relay appends projected events to (each appended
 * event then goes to {@code onAppended}, the webhook fan-out, in the same transaction).
 */
public final class FeedWiring {
    /** Name of the daily purge of events older than the retention. */
    public static final String RETENTION_JOB = "feed-retention";
    /** When {@link #RETENTION_JOB} runs, in the jobs zone. */
    public static final LocalTime RETENTION_AT = LocalTime.of(4, 15);

    private FeedWiring() {
    }

    /**
     * @param retention how long events are kept ({@code FEED_RETENTION}, default 90 days)
     * @param onAppended what happens to each newly appended event (webhook fan-out)
     * @return the sink for the outbox relay's feed projection
     */
    public static Consumer<FeedDraft> register(JerseyEnvironment jersey, Jobs jobs, Persistence db, Duration retention,
                                               Consumer<FeedEntry> onAppended) {
        EventFeed feed = new EventFeed(db.feed, retention);
        jersey.register(new IntegrationEventsResource(feed));
        jobs.daily(RETENTION_JOB, RETENTION_AT, now -> "removed " + feed.purge(now) + " feed events older than "
                + retention.toDays() + " days");
        return draft -> feed.append(draft).ifPresent(onAppended);
    }
}
