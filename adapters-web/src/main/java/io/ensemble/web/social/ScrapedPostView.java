package io.ensemble.web.social;

import io.ensemble.social.ScrapedPost;

/**
 * A recent post or video in JSON: {@code {id, url, caption, postedAt, likes, comments, views, shares}}
 * ({@code postedAt} ISO-8601 UTC or null).
 */
public record ScrapedPostView(String id, String url, String caption, String postedAt, long likes, long comments,
                              long views, long shares) {
    /** @return the view of {@code p} */
    public static ScrapedPostView of(ScrapedPost p) {
        return new ScrapedPostView(p.id(), p.url(), p.caption(), p.postedAt().map(Object::toString).orElse(null),
                p.likes(), p.comments(), p.views(), p.shares());
    }
}
