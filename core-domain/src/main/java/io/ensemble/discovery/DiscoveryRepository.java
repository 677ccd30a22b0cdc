package io.ensemble.discovery;

import java.util.List;

/** Persistence port of discovery: reads public cards of discoverable profiles (issue 5 §2). */
public interface DiscoveryRepository {
    /**
     * Lists profiles of {@code audience.target()} whose account is ACTIVE and whose onboarding is
     * completed, matching every filter of {@code query}, after {@code query.after()} in the stable
     * order described by {@link DiscoveryCursor}.
     *
     * @param fetch how many rows to return at most (the page size plus one, see
     *              {@link io.ensemble.shared.paging.Page#fromOverfetch})
     * @return cards in list order, with {@link DiscoveryCard#relevance()} set when searching
     */
    List<DiscoveryCard> find(Audience audience, DiscoveryQuery query, int fetch);

    /**
     * {@link #find} as {@code viewer} sees it: users who blocked the viewer or whom the viewer
     * blocked are left out (issue 27 §Blocking).
     */
    default List<DiscoveryCard> find(Audience audience, DiscoveryQuery query, int fetch, java.util.UUID viewer) {
        return find(audience, query, fetch);
    }
}
