package io.ensemble.web.realtime;

import io.ensemble.web.ratelimit.RateLimiter;

/**
 * The abuse limits of the realtime gateway (issue 28 §realtime).
 *
 * @param general the API's general per-user limiter (the very instance REST's
 *     {@code GeneralRateLimitFilter} uses, keys {@code user:{id}}), so a {@code send_message} over a
 *     socket spends the same budget as a REST request
 * @param maxSocketsPerUser sockets ({@code /ws} and Socket.IO together) one user may hold open on this
 *     node; opening one more closes the user's oldest
 */
public record RealtimeLimits(RateLimiter general, int maxSocketsPerUser) {
}
