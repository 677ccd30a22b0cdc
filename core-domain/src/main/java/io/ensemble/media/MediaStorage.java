package io.ensemble.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where media bytes live (DESIGN §Ports): {@code local} files by default, {@code s3} or {@code cloudinary}.
 * Keys are relative paths made by {@link MediaService} ({@code public/...} or {@code private/...}).
 * Failures of the backing store are thrown as {@link io.ensemble.shared.errors.ProviderUnavailable}.
 */
public interface MediaStorage {
    /** Stores the file's bytes under {@code key}, replacing any object there. */
    void put(String key, Path file, String contentType);

    /** @return the object under {@code key}, empty when none */
    Optional<StoredObject> open(String key);

    /** Deletes the object under {@code key}; nothing happens when there is none. */
    void delete(String key);

    /** @return the URL clients use for a public object, e.g. {@code /media/public/...} */
    String publicUrl(String key);

    /**
     * A short-lived URL the store signs itself for a private object (an S3 presigned GET, a
     * Cloudinary private download URL). Empty, the default, means the store cannot sign: then
     * {@link MediaService} hands out an HMAC-signed {@code /media/<key>} URL that Ensemble serves.
     *
     * @param ttl how long the URL stays valid
     */
    default Optional<String> presignedUrl(String key, Duration ttl) {
        return Optional.empty();
    }

    /** An object opened for reading; the caller closes {@link #content()}. */
    record StoredObject(InputStream content, long bytes, String contentType, String etag) {
    }
}
