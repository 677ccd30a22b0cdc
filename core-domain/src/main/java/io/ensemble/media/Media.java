package io.ensemble.media;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored upload: the (cleaned) original under {@code storageKey} and, for decodable images,
 * a thumbnail and a display variant. {@code width}/{@code height} are 0 when not known (video).
 * {@code attachedAt} is set once something (a profile, a message, an event) refers to it.
 */
public record Media(UUID id, UUID ownerId, MediaPurpose purpose, String contentType, long bytes, int width,
        int height, String storageKey, Optional<String> thumbnailKey, Optional<String> displayKey,
        Optional<Instant> attachedAt, Instant createdAt) {
    public Media {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(thumbnailKey, "thumbnailKey");
        Objects.requireNonNull(displayKey, "displayKey");
        Objects.requireNonNull(attachedAt, "attachedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (bytes < 0 || width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** @return every storage key this media occupies (original first) */
    public java.util.List<String> keys() {
        var keys = new java.util.ArrayList<String>();
        keys.add(storageKey);
        thumbnailKey.ifPresent(keys::add);
        displayKey.ifPresent(keys::add);
        return keys;
    }
}
