package io.ensemble.persistence.social;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.Platform;
import io.ensemble.social.ScrapeCache;
import io.ensemble.social.ScrapedPost;
import io.ensemble.social.ScrapedProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link ScrapeCache} on {@code scraped_profiles} (one row per platform and user name) and
 * {@code scraped_posts} (its recent posts by position, newest first). {@link #put} replaces both in one
 * transaction. Throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiScrapeCache extends JdbiRepository implements ScrapeCache {
    private static final String FIND = """
            SELECT provider_account_id, display_name, avatar_url, bio, followers, following, posts, verified,
                   private_account, fetched_at
            FROM scraped_profiles WHERE platform = :platform AND username = :username
            """;
    private static final String POSTS = """
            SELECT post_id, url, caption, posted_at, likes, comments, views, shares
            FROM scraped_posts WHERE platform = :platform AND username = :username ORDER BY position
            """;
    private static final String UPSERT = """
            INSERT INTO scraped_profiles (platform, username, provider_account_id, display_name, avatar_url, bio,
                followers, following, posts, verified, private_account, fetched_at)
            VALUES (:platform, :username, :providerAccountId, :displayName, :avatarUrl, :bio, :followers, :following,
                :posts, :verified, :privateAccount, :fetchedAt)
            ON CONFLICT (platform, username) DO UPDATE SET provider_account_id = EXCLUDED.provider_account_id,
                display_name = EXCLUDED.display_name, avatar_url = EXCLUDED.avatar_url, bio = EXCLUDED.bio,
                followers = EXCLUDED.followers, following = EXCLUDED.following, posts = EXCLUDED.posts,
                verified = EXCLUDED.verified, private_account = EXCLUDED.private_account, fetched_at = EXCLUDED.fetched_at
            """;
    private static final String INSERT_POST = """
            INSERT INTO scraped_posts (platform, username, position, post_id, url, caption, posted_at, likes,
                comments, views, shares)
            VALUES (:platform, :username, :position, :postId, :url, :caption, :postedAt, :likes, :comments, :views, :shares)
            """;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiScrapeCache(JdbiHandles handles) {
        super(handles);
    }

    /** {@inheritDoc} */
    @Override
    public Optional<CachedScrape> find(Platform platform, String username) {
        return handles.with(h -> h.createQuery(FIND).bind("platform", platform.name()).bind("username", username)
                .map((rs, ctx) -> new CachedScrape(new ScrapedProfile(platform, username,
                        rs.getString("provider_account_id"), rs.getString("display_name"), rs.getString("avatar_url"),
                        rs.getString("bio"), rs.getLong("followers"), rs.getLong("following"), rs.getLong("posts"),
                        rs.getBoolean("verified"), rs.getBoolean("private_account"), List.of()),
                        SqlTime.read(rs, "fetched_at")))
                .findOne()
                .map(c -> new CachedScrape(withPosts(c.profile(), posts(h, platform, username)), c.fetchedAt())));
    }

    /** {@inheritDoc} */
    @Override
    public void put(ScrapedProfile p, Instant fetchedAt) {
        handles.with(handle -> handle.inTransaction(h -> {
            h.createUpdate(UPSERT)
                    .bind("platform", p.platform().name()).bind("username", p.username())
                    .bind("providerAccountId", p.providerAccountId()).bind("displayName", p.displayName())
                    .bind("avatarUrl", p.avatarUrl()).bind("bio", p.bio()).bind("followers", p.followers())
                    .bind("following", p.following()).bind("posts", p.posts()).bind("verified", p.verified())
                    .bind("privateAccount", p.privateAccount()).bind("fetchedAt", SqlTime.at(fetchedAt))
                    .execute();
            h.createUpdate("DELETE FROM scraped_posts WHERE platform = :platform AND username = :username")
                    .bind("platform", p.platform().name()).bind("username", p.username()).execute();
            List<ScrapedPost> posts = p.recentPosts();
            for (int i = 0; i < posts.size(); i++) {
                ScrapedPost post = posts.get(i);
                h.createUpdate(INSERT_POST)
                        .bind("platform", p.platform().name()).bind("username", p.username()).bind("position", i)
                        .bind("postId", post.id()).bind("url", post.url()).bind("caption", post.caption())
                        .bind("postedAt", SqlTime.at(post.postedAt())).bind("likes", post.likes())
                        .bind("comments", post.comments()).bind("views", post.views()).bind("shares", post.shares())
                        .execute();
            }
            return null;
        }));
    }

    private static ScrapedProfile withPosts(ScrapedProfile p, List<ScrapedPost> posts) {
        return new ScrapedProfile(p.platform(), p.username(), p.providerAccountId(), p.displayName(), p.avatarUrl(),
                p.bio(), p.followers(), p.following(), p.posts(), p.verified(), p.privateAccount(), posts);
    }

    private static List<ScrapedPost> posts(Handle h, Platform platform, String username) {
        return h.createQuery(POSTS).bind("platform", platform.name()).bind("username", username)
                .map((rs, ctx) -> new ScrapedPost(rs.getString("post_id"), rs.getString("url"), rs.getString("caption"),
                        SqlTime.readOptional(rs, "posted_at"), rs.getLong("likes"), rs.getLong("comments"),
                        rs.getLong("views"), rs.getLong("shares")))
                .list();
    }
}
