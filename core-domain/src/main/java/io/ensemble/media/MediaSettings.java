package io.ensemble.media;

import java.time.Duration;
import java.util.Objects;

/**
 * Upload limits and lifetimes (config {@code media.*}).
 *
 * @param maxImageBytes largest accepted image (5 MB by default, seeds/001)
 * @param maxVideoBytes largest accepted video (50 MB)
 * @param maxPixels largest accepted width × height (40 megapixels), checked before decoding
 * @param maxFiles most files in one {@code upload-multiple} (10)
 * @param signedUrlTtl lifetime of signed URLs to private objects
 * @param unattachedTtl age after which never-attached uploads are removed by the cleanup
 */
public record MediaSettings(long maxImageBytes, long maxVideoBytes, long maxPixels, int maxFiles,
        Duration signedUrlTtl, Duration unattachedTtl) {
    public MediaSettings {
        if (maxImageBytes <= 0 || maxVideoBytes <= 0 || maxPixels <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("media limits must be positive");
        }
        Objects.requireNonNull(signedUrlTtl, "signedUrlTtl");
        Objects.requireNonNull(unattachedTtl, "unattachedTtl");
    }

    /** @return the defaults of issue 7 */
    public static MediaSettings defaults() {
        return new MediaSettings(5L << 20, 50L << 20, 40_000_000L, 10, Duration.ofHours(1), Duration.ofHours(24));
    }

    /** @return the largest single file of any accepted type */
    public long maxFileBytes() {
        return Math.max(maxImageBytes, maxVideoBytes);
    }
}
