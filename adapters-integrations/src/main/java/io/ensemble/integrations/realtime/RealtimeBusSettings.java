package io.ensemble.integrations.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RealtimeBusFactory} needs from the rest of the configuration.
 *
 * @param redisUrl the root {@code redisUrl}, e.g. {@code redis://127.0.0.1:6379}
 * @param channelPrefix {@code realtime.channelPrefix}: namespaces channels and keys, e.g. {@code ensemble:}
 * @param presenceTtl {@code realtime.presenceTtl}: how long presence entries outlive their node's last heartbeat
 */
public record RealtimeBusSettings(String redisUrl, String channelPrefix, Duration presenceTtl) {
    /** @throws NullPointerException for a missing setting */
    public RealtimeBusSettings {
        Objects.requireNonNull(redisUrl, "redisUrl");
        Objects.requireNonNull(channelPrefix, "channelPrefix");
        Objects.requireNonNull(presenceTtl, "presenceTtl");
    }
}
