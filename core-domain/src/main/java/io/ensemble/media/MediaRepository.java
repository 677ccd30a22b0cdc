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

    /**
     * The media {@code id} when {@code readerId} may read it: its owner, or a member of a
     * conversation in which the owner sent a message (not deleted) listing {@code id} among its
     * attachments. Anyone else, and ids listed by someone other than the owner, get empty.
     */
    Optional<Media> findReadable(UUID id, UUID readerId);

    /** Marks the media as attached (idempotent). */
    void markAttached(UUID id, Instant at);

    /** Deletes the row. @return whether a row was deleted */
    boolean delete(UUID id);

    /**
     * @return up to {@code limit} rows created before {@code before} that were never attached and
     *     are not listed as attachments of a message their owner sent, oldest first
     */
    List<Media> unattachedBefore(Instant before, int limit);
}
