package io.ensemble.web.social;

import io.ensemble.shared.errors.NotFound;
import io.ensemble.social.Platform;
import java.util.Locale;

/** Parses the {@code {platform}} path segment (lower-case key, e.g. {@code tiktok}). */
public final class Platforms {
    private Platforms() {
    }

    /** @return the platform. @throws NotFound for an unknown key (404, like an unknown route) */
    public static Platform parse(String key) {
        return Platform.byKey(key == null ? "" : key.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("Unknown social platform: use instagram, tiktok, youtube, twitch "
                        + "or spotify."));
    }
}
