package io.ensemble.web.realtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reply channel of one inbound event that asked for an acknowledgement ({@code ackId} on
 * {@code /ws}, an ack callback on Socket.IO). The body is {@code {success: true, data}} or the
 * CONVENTIONS error shape {@code {success: false, error, code, message}}.
 */
@FunctionalInterface
public interface Ack {
    /** Sends {@code body} as the acknowledgement; called at most once. */
    void reply(JsonNode body);
}
