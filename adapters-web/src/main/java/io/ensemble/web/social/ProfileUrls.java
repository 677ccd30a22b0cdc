package io.ensemble.web.social;

import io.ensemble.social.SocialAccount;

/** Public profile URL of a linked account, by platform (seeds/000 {@code profileUrl}). */
final class ProfileUrls {
    private ProfileUrls() {
    }

    /** @return e.g. {@code https://www.tiktok.com/@name}; YouTube and Spotify by provider id */
    static String of(SocialAccount a) {
        String user = a.profile().username();
        String id = a.profile().providerAccountId();
        return switch (a.platform()) {
            case INSTAGRAM -> "https://www.instagram.com/" + user;
            case TIKTOK -> "https://www.tiktok.com/@" + user;
            case YOUTUBE -> "https://www.youtube.com/channel/" + id;
            case TWITCH -> "https://www.twitch.tv/" + user;
            case TWITTER -> "https://x.com/" + user;
            case SPOTIFY -> "https://open.spotify.com/user/" + id;
        };
    }
}
