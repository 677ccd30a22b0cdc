package io.ensemble.web.connections;

/**
 * Body of {@code POST /api/v1/connections/request}: {@code {receiverId, message?}}. Other fields
 * are ignored.
 */
public record ConnectionRequestBody(String receiverId, String message) {
    static final ConnectionRequestBody EMPTY = new ConnectionRequestBody(null, null);
}
