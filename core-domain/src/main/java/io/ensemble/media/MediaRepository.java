package io.ensemble.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of media rows. */
public interface MediaRepository {
    /** Inserts a new row. */
    void insert(Media media);

    /** @return the media {@code id} when it belongs to {@code ownerId}, else empty */
    Optional<Media> findOwned(UUID id, UUID ownerId);

    /** Marks the media as attached (idempotent). */
    void markAttached(UUID id, Instant at);

    /** Deletes the row. @return whether a row was deleted */
    boolean delete(UUID id);

    /** @return up to {@code limit} rows never attached and created before {@code before}, oldest first */
    List<Media> unattachedBefore(Instant before, int limit);
}
