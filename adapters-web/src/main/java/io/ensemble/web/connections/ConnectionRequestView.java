package io.ensemble.web.connections;

import io.ensemble.connections.ConnectionRequest;
import io.ensemble.connections.RequestListing;
import java.time.Instant;

/**
 * A connection request as one participant sees it: {@code {id, requesterId, receiverId, status
 * (PENDING|ACCEPTED|REJECTED), message|null, createdAt, respondedAt|null, user}} where {@code user}
 * is the other participant's public info. Times are ISO-8601 UTC.
 */
public record ConnectionRequestView(String id, String requesterId, String receiverId, String status,
                                    String message, Instant createdAt, Instant respondedAt,
                                    PublicUserView user) {
    /** @return the view of {@code listing} */
    public static ConnectionRequestView of(RequestListing listing) {
        ConnectionRequest r = listing.request();
        return new ConnectionRequestView(r.id().toString(), r.requesterId().toString(), r.receiverId().toString(),
                r.status().name(), r.message().orElse(null), r.createdAt(), r.respondedAt().orElse(null),
                PublicUserView.of(listing.other()));
    }
}
