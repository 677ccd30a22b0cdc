package io.ensemble.media;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Storage key layout: {@code public|private/<purpose>/<media id>/<variant>.<ext>}. Keys from
 * request paths are checked against this shape, so {@code ..} or absolute paths never reach storage.
 */
public final class StorageKeys {
    private static final Pattern SHAPE = Pattern.compile(
            "^(public|private)/[a-z_]{1,32}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/[a-z]{1,16}\\.[a-z0-9]{1,5}$");

    private StorageKeys() {
    }

    /** @return the folder prefix (ending in {@code /}) for a new media */
    public static String prefix(MediaPurpose purpose, UUID id) {
        return (purpose.isPrivate() ? "private/" : "public/") + purpose.wireName() + "/" + id + "/";
    }

    /** @return whether {@code key} has the shape this service makes */
    public static boolean isWellFormed(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }

    /** @return whether the key is under {@code private/} */
    public static boolean isPrivate(String key) {
        return key.startsWith("private/");
    }

    /** @return the URL path that is signed for {@code key} */
    public static String path(String key) {
        return "/media/" + key;
    }

    /** @return the media id in a well-formed key */
    public static Optional<UUID> mediaId(String key) {
        var m = SHAPE.matcher(key);
        return m.matches() ? Optional.of(UUID.fromString(m.group(2))) : Optional.empty();
    }
}
