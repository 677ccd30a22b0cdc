package io.ensemble.web.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.connections.ConnectionRequest;
import java.time.Instant;

/**
 * One connection request in the admin list (seeds/001 §Admin {@code GET /connections}): {@code {id, requesterId,
 * receiverId, message|null, status, createdAt, respondedAt|null}}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AdminConnectionView(String id, String requesterId, String receiverId,
                                  String message, String status, Instant createdAt,
                                  Instant respondedAt) {
    /** @return the view of {@code r} */
    public static AdminConnectionView of(ConnectionRequest r) {
        return new AdminConnectionView(r.id().toString(), r.requesterId().toString(), r.receiverId().toString(),
                r.message().orElse(null), r.status().name(), r.createdAt(), r.respondedAt().orElse(null));
    }
}
