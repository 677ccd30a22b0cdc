package io.ensemble.events;

import java.time.Instant;
import java.util.List;

/** Persistence port of event search (issue 21 §1). */
public interface EventSearchRepository {
    /**
     * Lists ACTIVE events matching every filter of {@code query}, after {@code query.after()}, in the
     * order of {@link EventCursor}: {@code (NOT featured, key, id)} for {@code query.order()}.
     *
     * @param now the current time: the window start when {@code query.from()} is empty
     * @param fetch how many rows to return at most (page size plus one, see
     *              {@link io.ensemble.shared.paging.Page#fromOverfetch})
     * @return listings in list order, with distance set when {@code near} is given and relevance when {@code text} is
     */
    List<EventListing> search(EventQuery query, Instant now, int fetch);
}
