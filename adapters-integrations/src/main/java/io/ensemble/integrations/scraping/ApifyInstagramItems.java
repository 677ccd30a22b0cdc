package io.ensemble.integrations.scraping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapedPost;
import io.ensemble.social.ScrapedProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Input and dataset items of the official Instagram Profile Scraper ({@code apify/instagram-profile-scraper}):
 * input {@code {"usernames": ["name"]}}; one item per profile with {@code id, username, fullName,
 * biography, followersCount, followsCount, postsCount, profilePicUrl(HD), verified, private,
 * latestPosts[{id, shortCode, url, caption, timestamp, likesCount, commentsCount, videoViewCount}]}.
 * An item carrying {@code error} (or no {@code username}) means the profile does not exist.
 */
final class ApifyInstagramItems {
    private ApifyInstagramItems() {
    }

    /** @return the actor input for one user name */
    static ObjectNode input(String username) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.putArray("usernames").add(username);
        return input;
    }

    /** @return the profile in {@code items}, empty when the actor found none */
    static Optional<ScrapedProfile> profile(JsonNode items, String username, int postsLimit) {
        for (JsonNode item : items) {
            if (item.hasNonNull("error") || !item.path("username").isTextual()) {
                continue;
            }
            List<ScrapedPost> posts = new ArrayList<>();
            for (JsonNode p : item.path("latestPosts")) {
                if (posts.size() == postsLimit) {
                    break;
                }
                String id = ApifyItems.text(p, "shortCode").isEmpty() ? ApifyItems.text(p, "id") : ApifyItems.text(p, "shortCode");
                if (id.isEmpty()) {
                    continue;
                }
                String url = ApifyItems.text(p, "url").isEmpty() ? "https://www.instagram.com/p/" + id + "/" : ApifyItems.text(p, "url");
                posts.add(new ScrapedPost(id, url, ApifyItems.text(p, "caption"), ApifyItems.instant(p, "timestamp"),
                        ApifyItems.count(p, "likesCount"), ApifyItems.count(p, "commentsCount"),
                        ApifyItems.count(p, "videoViewCount"), 0));
            }
            String avatar = ApifyItems.text(item, "profilePicUrlHD").isEmpty() ? ApifyItems.text(item, "profilePicUrl")
                    : ApifyItems.text(item, "profilePicUrlHD");
            return Optional.of(new ScrapedProfile(Platform.INSTAGRAM, username, ApifyItems.text(item, "id"),
                    ApifyItems.text(item, "fullName"), avatar, ApifyItems.text(item, "biography"),
                    ApifyItems.count(item, "followersCount"), ApifyItems.count(item, "followsCount"),
                    ApifyItems.count(item, "postsCount"), item.path("verified").asBoolean(false),
                    item.path("private").asBoolean(false), posts));
        }
        return Optional.empty();
    }
}
