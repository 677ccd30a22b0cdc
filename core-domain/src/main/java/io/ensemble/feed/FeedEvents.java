package io.ensemble.feed;

import java.util.Optional;

/** Read port other contexts (webhooks) use to load a feed event without the feed's repository. */
public interface FeedEvents {
    /** @return the event of that sequence number, when still kept (retention) */
    Optional<FeedEntry> bySeq(long seq);
}
