package io.ensemble.persistence.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.feed.FeedDraft;
import io.ensemble.feed.FeedEntry;
import io.ensemble.feed.FeedTypes;
import io.ensemble.persistence.DatabaseTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 26 §1: the feed's sequence under concurrent writers on real PostgreSQL. Writers append in
 * transactions that stay open a random while after taking their number (some roll back), and a reader
 * pages with {@code after=<last seen>} all the time; the reader must end with exactly the committed
 * events, in order, with no duplicates, and never have skipped one (which a plain sequence allows).
 */
class FeedOrderingTest extends DatabaseTestBase {
    private static final int WRITERS = 6;
    private static final int PER_WRITER = 25;
    private final JdbiFeedRepository feed = new JdbiFeedRepository(handles);

    @BeforeEach
    void emptyFeed() {
        handles.use(h -> h.execute("TRUNCATE feed_events"));
        handles.use(h -> h.execute("UPDATE feed_sequence SET last_seq = 0"));
    }

    private static FeedDraft draft() {
        return new FeedDraft(UUID.randomUUID(), FeedTypes.USER_CREATED, Map.of("user", UUID.randomUUID()), "{}",
                Instant.parse("2026-12-08T00:00:00Z"));
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void readers_paging_after_the_last_seen_sequence_never_skip_a_committed_event_under_concurrent_writers()
            throws Exception {
        Set<UUID> committed = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            pool.submit(() -> {
                for (int i = 0; i < PER_WRITER; i++) {
                    FeedDraft d = draft();
                    boolean rollBack = ThreadLocalRandom.current().nextInt(5) == 0;
                    try {
                        transactions.inTransaction(() -> {
                            feed.append(d);
                            pause(ThreadLocalRandom.current().nextInt(3));
                            if (rollBack) {
                                throw new IllegalStateException("roll back");
                            }
                            return null;
                        });
                        committed.add(d.id());
                    } catch (IllegalStateException expected) {
                        // rolled back: its number must be given back, not leave a gap
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        List<FeedEntry> seen = new ArrayList<>();
        long after = 0;
        while (true) {
            boolean done = pool.isTerminated();
            List<FeedEntry> page = feed.after(after, Set.of(), 7);
            seen.addAll(page);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).seq();
            } else if (done) {
                break;
            }
        }
        assertThat(pool.awaitTermination(1, TimeUnit.SECONDS)).isTrue();

        List<Long> seqs = seen.stream().map(FeedEntry::seq).toList();
        List<Long> contiguous = new ArrayList<>();
        for (long s = 1; s <= seqs.size(); s++) {
            contiguous.add(s);
        }
        assertThat(seqs).as("1..n in order: no gap, no duplicate, nothing skipped").isEqualTo(contiguous);
        assertThat(seen.stream().map(FeedEntry::id).toList()).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(committed).hasSizeLessThan(WRITERS * PER_WRITER).hasSizeGreaterThan(0);
    }

    @Test
    void an_event_already_in_the_feed_is_not_appended_twice_and_filters_by_type() {
        FeedDraft d = draft();
        assertThat(feed.append(d)).isPresent();
        assertThat(feed.append(d)).isEmpty();
        FeedDraft order = new FeedDraft(UUID.randomUUID(), FeedTypes.ORDER_PLACED, Map.of("order", UUID.randomUUID()),
                "{\"title\":\"Reels\"}", Instant.parse("2026-12-08T00:00:01Z"));
        FeedEntry stored = feed.append(order).orElseThrow();

        assertThat(stored.seq()).isEqualTo(2);
        assertThat(feed.after(0, Set.of(FeedTypes.ORDER_PLACED), 10)).extracting(FeedEntry::id)
                .containsExactly(order.id());
        FeedEntry read = feed.bySeq(2).orElseThrow();
        assertThat(read.subjects()).isEqualTo(order.subjects());
        assertThat(read.payloadJson()).contains("\"title\"").contains("\"Reels\"");
        assertThat(feed.deleteBefore(Instant.parse("2026-12-08T00:00:01Z"), 100)).isEqualTo(1);
        assertThat(feed.after(0, Set.of(), 10)).extracting(FeedEntry::seq).containsExactly(2L);
    }
}
