package io.ensemble.media;

import java.util.List;
import java.util.UUID;

/** Read port: every upload a user owns, attached or not (issue 20 §4 erasure and export). */
public interface OwnedMedia {

    /** @return the user's media, oldest first */
    List<Media> ownedBy(UUID ownerId);
}
