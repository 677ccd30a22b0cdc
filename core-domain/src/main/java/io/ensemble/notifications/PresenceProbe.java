package io.ensemble.notifications;

import java.util.UUID;

/** Port to the realtime gateway: whether a user has an open socket ({@code /ws} or Socket.IO). */
public interface PresenceProbe {
    /** @return whether {@code userId} is connected right now */
    boolean isOnline(UUID userId);
}
