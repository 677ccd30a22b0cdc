package io.ensemble.feed;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Use cases of the integrator feed (issue 26 §1): reading it in sequence order and the retention
 * purge. Reading is for admins and for API keys with {@code events:read} (keys act with the ADMIN role
 * of their creator, limited by their scopes at the web edge).
 */
public final class EventFeed {
    /** Default page size of {@link #read}. */
    public static final int DEFAULT_LIMIT = 100;
    /** Largest page size of {@link #read}. */
    public static final int MAX_LIMIT = 1000;
    private static final int PURGE_BATCH = 10_000;

    private final FeedRepository feed;
    private final Duration retention;

    /** @param retention how long events are kept, positive (issue 26: default 90 days) */
    public EventFeed(FeedRepository feed, Duration retention) {
        this.feed = Objects.requireNonNull(feed, "feed");
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.retention = retention;
    }

    /**
     * Appends an event with the next sequence number, in the caller's transaction (the outbox relay's);
     * an event already in the feed (same id) is not appended again.
     *
     * @return the stored entry, or empty for a repeat
     */
    public java.util.Optional<FeedEntry> append(FeedDraft draft) {
        return feed.append(draft);
    }

    /** One page of the feed after a sequence number. */
    public record FeedPage(List<FeedEntry> items, long lastSeq) {
    }

    /**
     * @param after resume after this sequence number (0 for the start), not negative
     * @param types only these dotted types (empty: all), already checked by {@link FeedTypes#parseList}
     * @param limit 1..{@link #MAX_LIMIT}
     * @return the events in order and the sequence number to resume after (the input when none)
     * @throws Forbidden when the caller is not an ADMIN
     * @throws ValidationFailed naming {@code after} or {@code limit} when out of range
     */
    public FeedPage read(Caller caller, long after, Set<String> types, int limit) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only admins and API keys with events:read read the event feed.");
        }
        if (after < 0) {
            throw new ValidationFailed(List.of(new FieldError("after", "must be 0 or more")));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationFailed(List.of(new FieldError("limit", "must be 1.." + MAX_LIMIT)));
        }
        List<FeedEntry> items = feed.after(after, types, limit);
        return new FeedPage(items, items.isEmpty() ? after : items.get(items.size() - 1).seq());
    }

    /**
     * Deletes events older than the retention period (the daily {@code feed-retention} job).
     *
     * @return how many were deleted
     */
    public long purge(Instant now) {
        Instant cutoff = now.minus(retention);
        long total = 0;
        int deleted;
        do {
            deleted = feed.deleteBefore(cutoff, PURGE_BATCH);
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }
}
