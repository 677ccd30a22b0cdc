package io.ensemble.integrations.apify;

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
final class InstagramItems {
    private InstagramItems() {
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
                String id = Items.text(p, "shortCode").isEmpty() ? Items.text(p, "id") : Items.text(p, "shortCode");
                if (id.isEmpty()) {
                    continue;
                }
                String url = Items.text(p, "url").isEmpty() ? "https://www.instagram.com/p/" + id + "/" : Items.text(p, "url");
                posts.add(new ScrapedPost(id, url, Items.text(p, "caption"), Items.instant(p, "timestamp"),
                        Items.count(p, "likesCount"), Items.count(p, "commentsCount"),
                        Items.count(p, "videoViewCount"), 0));
            }
            String avatar = Items.text(item, "profilePicUrlHD").isEmpty() ? Items.text(item, "profilePicUrl")
                    : Items.text(item, "profilePicUrlHD");
            return Optional.of(new ScrapedProfile(Platform.INSTAGRAM, username, Items.text(item, "id"),
                    Items.text(item, "fullName"), avatar, Items.text(item, "biography"),
                    Items.count(item, "followersCount"), Items.count(item, "followsCount"),
                    Items.count(item, "postsCount"), item.path("verified").asBoolean(false),
                    item.path("private").asBoolean(false), posts));
        }
        return Optional.empty();
    }
}
