package io.ensemble.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Persistence port of the integrator feed (issue 26 §1).
 *
 * <p><b>Ordering guarantee.</b> A plain database sequence can commit out of order: writer A takes 7,
 * writer B takes 8 and commits first, and a reader that saw 8 and resumes "after 8" never sees 7.
 * Here a sequence number is taken by incrementing a single counter row inside the appending
 * transaction, whose row lock is held until that transaction ends: the next writer waits, so number
 * N+1 can only be taken after the transaction holding N has committed (or rolled back, giving N back
 * to the counter). Committed numbers are therefore contiguous and become visible in order, and a
 * reader paging with {@code after=<last seen>} never skips a committed event. Appends come from the
 * outbox relay after the producing transaction committed, so producers never wait on this lock.
 */
public interface FeedRepository extends FeedEvents {
    /**
     * Appends the draft with the next sequence number, in the caller's transaction (see above). An
     * event whose id is already in the feed is not appended again.
     *
     * @return the stored entry, or empty when the id was already there
     */
    java.util.Optional<FeedEntry> append(FeedDraft draft);

    /**
     * @param after only events with a larger sequence number
     * @param types only these types; empty for every type
     * @param limit 1..1000
     * @return the events in sequence order
     */
    List<FeedEntry> after(long after, Set<String> types, int limit);


    /**
     * Deletes up to {@code max} events that occurred before {@code cutoff} (retention).
     *
     * @return how many were deleted
     */
    int deleteBefore(Instant cutoff, int max);
}
