package io.ensemble.web.media;

import io.ensemble.media.StoredMedia;

/** Upload answer of issue 7: {@code {id, url, thumbnailUrl, contentType, bytes, width, height, purpose}}. */
public record MediaView(String id, String url, String thumbnailUrl, String contentType, long bytes, int width,
        int height, String purpose) {

    /** @return the view of a stored media */
    public static MediaView of(StoredMedia s) {
        var m = s.media();
        return new MediaView(m.id().toString(), s.links().url(), s.links().thumbnailUrl(), m.contentType(), m.bytes(),
                m.width(), m.height(), m.purpose().wireName());
    }
}
