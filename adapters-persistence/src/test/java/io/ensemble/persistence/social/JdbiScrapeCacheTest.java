package io.ensemble.persistence.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapeCache.CachedScrape;
import io.ensemble.social.ScrapedPost;
import io.ensemble.social.ScrapedProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scraped-profile cache against real PostgreSQL (issue 6 §2). */
class JdbiScrapeCacheTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private final JdbiScrapeCache cache = new JdbiScrapeCache(handles);

    @BeforeEach
    void emptyCache() {
        handles.use(h -> h.execute("TRUNCATE scraped_profiles CASCADE"));
    }

    private static ScrapedProfile profile(long followers, List<ScrapedPost> posts) {
        return new ScrapedProfile(Platform.TIKTOK, "glow.studio", "6812", "Glow Studio", "https://cdn/a.jpg", "bio",
                followers, 85, 230, true, false, posts);
    }

    @Test
    void stores_and_reads_back_a_profile_with_its_posts_in_order() {
        List<ScrapedPost> posts = List.of(
                new ScrapedPost("v2", "https://t/v2", "newest", Optional.of(NOW), 10, 2, 300, 1),
                new ScrapedPost("v1", "", "", Optional.empty(), 5, 1, 0, 0));
        cache.put(profile(48000, posts), NOW);

        Optional<CachedScrape> found = cache.find(Platform.TIKTOK, "glow.studio");

        assertThat(found).contains(new CachedScrape(profile(48000, posts), NOW));
        assertThat(cache.find(Platform.INSTAGRAM, "glow.studio")).isEmpty();
    }

    @Test
    void put_replaces_the_profile_and_all_of_its_posts() {
        cache.put(profile(1, List.of(new ScrapedPost("a", "", "", Optional.empty(), 1, 1, 1, 1),
                new ScrapedPost("b", "", "", Optional.empty(), 1, 1, 1, 1))), NOW);
        List<ScrapedPost> fresh = List.of(new ScrapedPost("c", "", "", Optional.empty(), 9, 9, 9, 9));

        cache.put(profile(2, fresh), NOW.plusSeconds(60));

        assertThat(cache.find(Platform.TIKTOK, "glow.studio")).contains(
                new CachedScrape(profile(2, fresh), NOW.plusSeconds(60)));
        assertThat(count("SELECT count(*) FROM scraped_posts")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM scraped_profiles")).isEqualTo(1);
    }
}
