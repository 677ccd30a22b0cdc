package io.ensemble.media;

import java.util.Set;

/** The accepted upload types, decided from the bytes. */
public final class MediaTypes {
    /** Images that are decoded (pixel limit checked, variants made, metadata removed). */
    public static final Set<String> DECODED_IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    /** Every accepted image type. */
    public static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    /** Accepted video types (chat attachments). */
    public static final Set<String> VIDEOS = Set.of("video/mp4", "video/quicktime");

    private MediaTypes() {
    }

    /** @return the file extension used in storage keys for {@code contentType} */
    public static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "video/mp4" -> "mp4";
            case "video/quicktime" -> "mov";
            default -> "bin";
        };
    }
}
