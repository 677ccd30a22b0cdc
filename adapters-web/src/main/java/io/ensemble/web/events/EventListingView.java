package io.ensemble.web.events;

import io.ensemble.events.EventListing;

/**
 * One search result: the event and, for a {@code near} search, its distance from that point in
 * kilometres (null otherwise).
 */
public record EventListingView(EventView event, Double distanceKm) {
    /** @return the view of {@code listing} */
    public static EventListingView of(EventListing listing) {
        return new EventListingView(EventView.of(listing.event()),
                listing.distanceKm().isPresent() ? listing.distanceKm().getAsDouble() : null);
    }
}
