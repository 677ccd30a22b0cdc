package io.ensemble.connections;

/**
 * How many connection requests a user has, by state (the admin user detail, issue 20 §1).
 *
 * @param accepted ACCEPTED requests on either side (the user's connections)
 * @param pendingSent PENDING requests the user sent
 * @param pendingReceived PENDING requests the user received
 */
public record ConnectionCounts(long accepted, long pendingSent, long pendingReceived) {
}
