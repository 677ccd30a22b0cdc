package io.ensemble.connections;

import java.util.Objects;

/** A request as listed to one participant, with the other participant's public info. */
public record RequestListing(ConnectionRequest request, PublicUser other) {
    public RequestListing {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(other, "other");
    }
}
