package io.ensemble.media;

import java.nio.file.Path;

/** Decides a file's type from its bytes and makes cleaned image variants (Tika and ImageIO in the adapter). */
public interface MediaInspector {
    /** @return the MIME type detected from the leading bytes, e.g. {@code image/jpeg}; never from the name */
    String detect(Path file);

    /** @return the MIME type detected from {@code bytes} */
    String detect(byte[] bytes);

    /**
     * Decodes the image once (refusing more than {@code maxPixels} before decoding), applies EXIF
     * orientation and re-encodes it without metadata, plus thumbnail and display variants.
     *
     * @param workDir an empty folder for the variant files
     * @throws io.ensemble.shared.errors.PayloadTooLarge over the pixel limit
     * @throws io.ensemble.shared.errors.ValidationFailed {@code INVALID_IMAGE} when the bytes cannot be decoded
     */
    ImageVariants prepare(Path file, String contentType, long maxPixels, Path workDir);
}
