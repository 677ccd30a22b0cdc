package io.ensemble.social;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recent public post (Instagram) or video (TikTok) as a scraper saw it (seeds/001 §Social Media,
 * "cached posts/videos").
 *
 * @param id the platform's id of the post (Instagram shortcode or media id, TikTok video id)
 * @param url the public link to the post; empty when the scraper gave none
 * @param caption the caption text; empty when none
 * @param postedAt when it was published, when known
 * @param likes likes (TikTok "diggs"), {@code >= 0}
 * @param comments comments, {@code >= 0}
 * @param views plays or video views, {@code >= 0} (0 for photos)
 * @param shares shares, {@code >= 0} (0 where the platform does not expose them)
 */
public record ScrapedPost(String id, String url, String caption, Optional<Instant> postedAt, long likes,
                          long comments, long views, long shares) {
    /** @throws IllegalArgumentException when the id is blank or a counter is negative */
    public ScrapedPost {
        Objects.requireNonNull(id, "id");
        url = url == null ? "" : url;
        caption = caption == null ? "" : caption;
        postedAt = postedAt == null ? Optional.empty() : postedAt;
        if (id.isBlank() || likes < 0 || comments < 0 || views < 0 || shares < 0) {
            throw new IllegalArgumentException("post needs an id and non-negative counters");
        }
    }

    /** @return likes plus comments, the interactions the engagement rate counts */
    public long interactions() {
        return likes + comments;
    }
}
