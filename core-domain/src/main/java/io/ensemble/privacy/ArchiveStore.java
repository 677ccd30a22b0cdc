package io.ensemble.privacy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Port: where export archives are kept until downloaded (the media store, under {@code exports/}). */
public interface ArchiveStore {

    /** Stores {@code file} under {@code key}, replacing what was there. */
    void put(String key, Path file);

    /** @return the archive's bytes, empty when it is gone; the caller closes the stream */
    Optional<InputStream> open(String key);

    /** Removes the archive; nothing happens when it is already gone. */
    void delete(String key);
}
