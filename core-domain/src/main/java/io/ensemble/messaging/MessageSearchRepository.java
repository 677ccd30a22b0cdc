package io.ensemble.messaging;

import java.util.List;

/** Persistence port of message search (issue 27 §Search): PostgreSQL full text plus trigram. */
public interface MessageSearchRepository {
    /**
     * Up to {@code limit} hits of {@code query} among non-deleted messages of conversations the
     * user is a member of now, best rank first, then newest, then id (descending).
     */
    List<SearchHit> search(SearchQuery query, int limit);
}
