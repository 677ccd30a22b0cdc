package io.ensemble.web.feed;

import java.util.List;

/**
 * A page of the feed (issue 26 §1): the events in sequence order and {@code lastSeq}, the value to
 * send as {@code ?after=} for the next page (the request's {@code after} when the page is empty).
 */
public record FeedPageView(List<FeedEventView> items, long lastSeq) {
}
