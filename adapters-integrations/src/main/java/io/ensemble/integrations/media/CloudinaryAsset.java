package io.ensemble.integrations.media;

import java.util.HashMap;
import java.util.Map;

/**
 * A media key as a Cloudinary asset: public id without the extension, format, resource type
 * ({@code video} for mp4/mov, else {@code image}) and delivery type ({@code private} for
 * {@code private/} keys, else {@code upload}).
 */
record CloudinaryAsset(String publicId, String format, String resourceType, String type) {
    /** @throws IllegalArgumentException for a key without an extension */
    static CloudinaryAsset of(String key) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0 || dot == key.length() - 1) {
            throw new IllegalArgumentException("media key without an extension");
        }
        String format = key.substring(dot + 1);
        String resource = format.equals("mp4") || format.equals("mov") ? "video" : "image";
        return new CloudinaryAsset(key.substring(0, dot), format, resource,
                key.startsWith("private/") ? "private" : "upload");
    }

    boolean isPrivate() {
        return type.equals("private");
    }

    /** @return a new mutable SDK options map with {@code resource_type} and {@code type} */
    Map<String, Object> options() {
        Map<String, Object> options = new HashMap<>();
        options.put("resource_type", resourceType);
        options.put("type", type);
        return options;
    }
}
