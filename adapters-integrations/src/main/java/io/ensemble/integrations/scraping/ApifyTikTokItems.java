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
 * Input and dataset items of Clockworks' TikTok Profile Scraper ({@code clockworks/tiktok-profile-scraper},
 * maintained by Apify): input {@code {"profiles": ["name"], "resultsPerPage": n, "profileSorting": "latest",
 * "profileScrapeSections": ["videos"], "shouldDownload…": false}}; one item per video with {@code id, text,
 * createTimeISO, webVideoUrl, diggCount, commentCount, playCount, shareCount} and the author embedded as
 * {@code authorMeta{id, name, nickName, avatar, signature, verified, privateAccount, fans, following, video}}.
 * Items carrying {@code error}, or without {@code authorMeta.name}, are skipped; none left means the profile
 * does not exist.
 */
final class ApifyTikTokItems {
    private ApifyTikTokItems() {
    }

    /** @return the actor input for one user name and at most {@code postsLimit} latest videos, no downloads */
    static ObjectNode input(String username, int postsLimit) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.putArray("profiles").add(username);
        input.put("resultsPerPage", postsLimit);
        input.put("profileSorting", "latest");
        input.putArray("profileScrapeSections").add("videos");
        input.put("excludePinnedPosts", false);
        input.put("shouldDownloadVideos", false);
        input.put("shouldDownloadCovers", false);
        input.put("shouldDownloadSubtitles", false);
        input.put("shouldDownloadSlideshowImages", false);
        return input;
    }

    /** @return the profile described by {@code items}, empty when no item names its author */
    static Optional<ScrapedProfile> profile(JsonNode items, String username, int postsLimit) {
        JsonNode author = null;
        List<ScrapedPost> videos = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode meta = item.path("authorMeta");
            if (item.hasNonNull("error") || ApifyItems.text(meta, "name").isEmpty()) {
                continue;
            }
            if (author == null) {
                author = meta;
            }
            String id = ApifyItems.text(item, "id");
            if (!id.isEmpty() && videos.size() < postsLimit) {
                videos.add(new ScrapedPost(id, ApifyItems.text(item, "webVideoUrl"), ApifyItems.text(item, "text"),
                        ApifyItems.instant(item, "createTimeISO"), ApifyItems.count(item, "diggCount"),
                        ApifyItems.count(item, "commentCount"), ApifyItems.count(item, "playCount"),
                        ApifyItems.count(item, "shareCount")));
            }
        }
        if (author == null) {
            return Optional.empty();
        }
        return Optional.of(new ScrapedProfile(Platform.TIKTOK, username, ApifyItems.text(author, "id"),
                ApifyItems.text(author, "nickName"), ApifyItems.text(author, "avatar"), ApifyItems.text(author, "signature"),
                ApifyItems.count(author, "fans"), ApifyItems.count(author, "following"), ApifyItems.count(author, "video"),
                author.path("verified").asBoolean(false), author.path("privateAccount").asBoolean(false), videos));
    }
}
