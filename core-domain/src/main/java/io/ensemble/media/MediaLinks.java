package io.ensemble.media;

/** The URLs a client uses for one media: the display-sized image (or the file) and its thumbnail. */
public record MediaLinks(String url, String thumbnailUrl) {
}
