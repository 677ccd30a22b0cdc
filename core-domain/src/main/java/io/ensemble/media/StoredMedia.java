package io.ensemble.media;

/** An uploaded media with the links to answer the client. */
public record StoredMedia(Media media, MediaLinks links) {
}
