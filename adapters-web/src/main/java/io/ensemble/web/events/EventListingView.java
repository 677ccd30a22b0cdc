package io.ensemble.web.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ensemble.events.EventListing;

/**
 * One search result: the fields of {@link EventView} and {@code distanceKm}, the distance from the
 * search's {@code near} point in kilometres (null without {@code near}).
 */
public record EventListingView(@JsonUnwrapped EventView event, Double distanceKm) {
    /** @return the view of {@code listing} */
    public static EventListingView of(EventListing listing) {
        return new EventListingView(EventView.of(listing.event()),
                listing.distanceKm().isPresent() ? listing.distanceKm().getAsDouble() : null);
    }
}
