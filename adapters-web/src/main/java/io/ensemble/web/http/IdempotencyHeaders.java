package io.ensemble.web.http;

import jakarta.ws.rs.core.Response;

/**
 * Header names of idempotent POSTs (CONVENTIONS "POSTs that move money or create orders accept
 * {@code Idempotency-Key}"), shared by every route that accepts one.
 */
public final class IdempotencyHeaders {
    /** Request header: the client's key, 1..255 characters. */
    public static final String KEY = "Idempotency-Key";
    /** Response header set to {@code true} on an answer replayed for a repeated key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyHeaders() {
    }

    /** @return {@code answer} built, carrying {@code Idempotent-Replayed: true} when it replays a stored answer */
    public static Response build(Response.ResponseBuilder answer, boolean replayed) {
        return (replayed ? answer.header(REPLAYED, "true") : answer).build();
    }
}
