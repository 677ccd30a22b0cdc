package io.ensemble.media;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The files made from one decoded image, in a temp folder the caller deletes: the re-encoded
 * original (orientation applied, metadata gone), a 300×300 thumbnail and a 1080-px display variant.
 */
public record ImageVariants(Path original, long originalBytes, Path thumbnail, Path display, int width, int height,
        String contentType) {
    public ImageVariants {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(contentType, "contentType");
    }
}
