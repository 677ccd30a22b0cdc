package io.ensemble.media;

import java.util.Locale;
import java.util.Optional;

/** What an upload is for; chat attachments are private (owner or signed URL only), the rest public. */
public enum MediaPurpose {
    AVATAR, EVENT, POST, CHAT_ATTACHMENT, GENERAL;

    /** @return whether stored objects of this purpose are served only to their owner or via a signed URL */
    public boolean isPrivate() {
        return this == CHAT_ATTACHMENT;
    }

    /** @return the lower-case wire name, e.g. {@code chat_attachment} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the purpose named {@code value} (case-insensitive), empty when unknown */
    public static Optional<MediaPurpose> parse(String value) {
        for (MediaPurpose p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
