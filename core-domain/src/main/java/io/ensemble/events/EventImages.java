package io.ensemble.events;

import io.ensemble.shared.errors.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Image references of an event: ids of uploaded media (UUID) or absolute https URLs (issue 21 §1). */
public final class EventImages {
    /** Longest accepted URL, in characters. */
    public static final int URL_MAX = 2048;

    private EventImages() {
    }

    /**
     * Trims each reference; a UUID is kept in its canonical lower-case form.
     *
     * @param images as sent, null meaning none
     * @param v collects the error of field {@code images}: a reference that is neither, or more than
     *          {@value EventCommand#IMAGES_MAX}
     * @return the normalised references, in the order sent
     */
    static List<String> normalise(List<String> images, Validator v) {
        List<String> out = new ArrayList<>();
        for (String raw : images == null ? List.<String>of() : images) {
            String ref = raw == null ? "" : raw.strip();
            if (isMediaId(ref)) {
                out.add(UUID.fromString(ref).toString());
            } else if (isHttpsUrl(ref)) {
                out.add(ref);
            } else {
                v.check(false, "images", "each image must be an uploaded media id or an https URL");
                return List.of();
            }
        }
        v.check(out.size() <= EventCommand.IMAGES_MAX, "images", "at most " + EventCommand.IMAGES_MAX + " images");
        return List.copyOf(out);
    }

    private static boolean isMediaId(String ref) {
        if (ref.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(ref);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHttpsUrl(String ref) {
        if (ref.isEmpty() || ref.length() > URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(ref);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
