package io.ensemble.web.connections;

import io.ensemble.connections.RequestListing;
import java.time.Instant;

/**
 * An accepted connection: {@code {requestId, connectedAt, user}} with the other user's public info.
 */
public record ConnectionView(String requestId, Instant connectedAt, PublicUserView user) {
    /** @return the view of an ACCEPTED {@code listing} */
    public static ConnectionView of(RequestListing listing) {
        return new ConnectionView(listing.request().id().toString(),
                listing.request().respondedAt().orElse(null), PublicUserView.of(listing.other()));
    }
}
