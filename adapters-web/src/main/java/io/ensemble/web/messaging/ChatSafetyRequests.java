package io.ensemble.web.messaging;

/** Bodies of the delivery route (issue 27). */
public final class ChatSafetyRequests {
    private ChatSafetyRequests() {
    }

    /** Body of {@code POST /api/v1/chat/conversations/{id}/delivered}: {@code {seq}}, the highest seq received. */
    public record Delivered(Long seq) {
        static final Delivered EMPTY = new Delivered(null);
    }
}
