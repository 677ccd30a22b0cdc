package io.ensemble.app.discovery;

import io.ensemble.app.support.Sql;
import java.util.UUID;

/**
 * Discoverable users written straight into the shared test database (one statement each), so a
 * test can create dozens of profiles without signing up through the API. Every test uses its own
 * random region so the shared database's other rows never show up in its lists.
 */
final class DiscoverySeed {
    private static final String INSERT = """
            WITH u AS (
              INSERT INTO users (id, email, name, role, status, email_verified, password_hash, created_at, updated_at)
              SELECT gen_random_uuid(), 'seed-' || gen_random_uuid() || '@example.com', ?, ?, ?, true, 'x', now(), now()
              FROM generate_series(1, ?) RETURNING id, role, name
            ), p AS (
              INSERT INTO profiles (user_id, role, display_name, business_name, bio, phone, categories, region, city,
                                    onboarding_completed, created_at, updated_at)
              SELECT id, role, name, ?, 'Bio of ' || name, '+14155550199', ?::text[], ?, 'Springfield', ?, now(), now()
              FROM u RETURNING user_id
            ), t AS (
              INSERT INTO social_totals (user_id, total_followers, avg_engagement, updated_at)
              SELECT user_id, ?, 1.5, now() FROM p WHERE ? >= 0
            )
            SELECT count(*) FROM p
            """;

    private DiscoverySeed() {
    }

    /** @return a region name no other test uses */
    static String region() {
        return "Region " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Inserts {@code count} identical ACTIVE, onboarded users.
     *
     * @param categories Postgres array literal, e.g. {@code {hair,nails}}
     * @param followers total followers, or -1 for "no social_totals row"
     */
    static void many(int count, String role, String name, String businessName, String categories, String region,
                     long followers) {
        insert(count, role, name, businessName, categories, region, followers, "ACTIVE", true);
    }

    /** Inserts one user; see {@link #many}. */
    static void one(String role, String name, String businessName, String categories, String region,
                    long followers, String status, boolean onboarded) {
        insert(1, role, name, businessName, categories, region, followers, status, onboarded);
    }

    private static void insert(int count, String role, String name, String businessName, String categories,
                               String region, long followers, String status, boolean onboarded) {
        Sql.count(INSERT, name, role, status, count, businessName, categories, region, onboarded, followers,
                followers);
    }
}
