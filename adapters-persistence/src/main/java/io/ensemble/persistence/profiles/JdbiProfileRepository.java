package io.ensemble.persistence.profiles;

import io.ensemble.identity.Role;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlErrors;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.profiles.Availability;
import io.ensemble.profiles.MoneyRange;
import io.ensemble.profiles.Profile;
import io.ensemble.profiles.ProfileRepository;
import io.ensemble.shared.errors.Conflict;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link ProfileRepository} on the {@code profiles} table: one row per user with the common
 * columns plus nullable role-specific ones (salon address, creator rates and availability, brand
 * industry and budget). One table rather than a table per role or a jsonb blob because discovery
 * filters and sorts across roles on the same columns (region, categories, names), and plain typed
 * columns get CHECK constraints, B-tree/GIN/trigram indexes and no jsonb path queries; the few
 * role-specific columns are cheap when NULL. Username uniqueness is the unique index on
 * {@code lower(username)}. Throws {@link io.ensemble.shared.errors.ProviderUnavailable} when the
 * database is down.
 */
public final class JdbiProfileRepository extends JdbiRepository implements ProfileRepository {
    static final String USERNAME_INDEX = "profiles_username_lower_key";

    private static final String COLUMNS = """
            user_id, role, display_name, username, bio, avatar_url, phone, region, city, categories, languages,
            website, business_name, description, address, industry, rate_min, rate_max, rate_currency,
            availability, budget_min, budget_max, budget_currency, verified, featured, rating,
            total_collaborations, onboarding_completed, created_at, updated_at""";
    private static final String UPSERT = "INSERT INTO profiles (" + COLUMNS + """
            ) VALUES (:userId, :role, :displayName, :username, :bio, :avatarUrl, :phone, :region, :city, :categories,
            :languages, :website, :businessName, :description, :address, :industry, :rateMin, :rateMax,
            :rateCurrency, :availability, :budgetMin, :budgetMax, :budgetCurrency, :verified, :featured, :rating,
            :totalCollaborations, :onboardingCompleted, :createdAt, :updatedAt)
            ON CONFLICT (user_id) DO UPDATE SET
            display_name = EXCLUDED.display_name, username = EXCLUDED.username, bio = EXCLUDED.bio,
            avatar_url = EXCLUDED.avatar_url, phone = EXCLUDED.phone, region = EXCLUDED.region, city = EXCLUDED.city,
            categories = EXCLUDED.categories, languages = EXCLUDED.languages, website = EXCLUDED.website,
            business_name = EXCLUDED.business_name, description = EXCLUDED.description, address = EXCLUDED.address,
            industry = EXCLUDED.industry, rate_min = EXCLUDED.rate_min, rate_max = EXCLUDED.rate_max,
            rate_currency = EXCLUDED.rate_currency, availability = EXCLUDED.availability,
            budget_min = EXCLUDED.budget_min, budget_max = EXCLUDED.budget_max,
            budget_currency = EXCLUDED.budget_currency, verified = EXCLUDED.verified, featured = EXCLUDED.featured,
            rating = EXCLUDED.rating, total_collaborations = EXCLUDED.total_collaborations,
            onboarding_completed = EXCLUDED.onboarding_completed, updated_at = EXCLUDED.updated_at
            """;
    private static final String SET_AVATAR = """
            INSERT INTO profiles (user_id, role, display_name, avatar_url, created_at, updated_at)
            SELECT id, role, COALESCE(name, ''), :url, :at, :at FROM users WHERE id = :userId
            ON CONFLICT (user_id) DO UPDATE SET avatar_url = EXCLUDED.avatar_url, updated_at = EXCLUDED.updated_at
            """;
    private static final String SET_VERIFIED = """
            INSERT INTO profiles (user_id, role, display_name, verified, created_at, updated_at)
            SELECT id, role, COALESCE(name, ''), :verified, :at, :at FROM users WHERE id = :userId
            ON CONFLICT (user_id) DO UPDATE SET verified = EXCLUDED.verified, updated_at = EXCLUDED.updated_at
            """;
    private static final String BY_USER = "SELECT " + COLUMNS + " FROM profiles WHERE user_id = :userId";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiProfileRepository(JdbiHandles handles) {
        super(handles);
    }

    /** Sets the avatar in one upsert; a bare row takes role and name from {@code users}, as {@code Profile.blank} does. */
    @Override
    public void setAvatar(UUID userId, String avatarUrl, java.time.Instant at) {
        handles.use(h -> h.createUpdate(SET_AVATAR).bind("userId", userId).bind("url", avatarUrl)
                .bind("at", SqlTime.at(at)).execute());
    }

    /** Sets the verified badge in one upsert; a bare row takes role and name from {@code users}. */
    @Override
    public void setVerified(UUID userId, boolean verified, java.time.Instant at) {
        handles.use(h -> h.createUpdate(SET_VERIFIED).bind("userId", userId).bind("verified", verified)
                .bind("at", SqlTime.at(at)).execute());
    }

    /** @return the profile row of {@code userId}, if any */
    /** One indexed EXISTS over {@code user_blocks}, both directions (issue 27). */
    @Override
    public boolean blockedEitherWay(UUID a, UUID b) {
        return handles.with(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM user_blocks"
                + " WHERE (blocker_id = :a AND blocked_id = :b) OR (blocker_id = :b AND blocked_id = :a))")
                .bind("a", a).bind("b", b).mapTo(Boolean.class).one());
    }

    @Override
    public Optional<Profile> find(UUID userId) {
        return handles.with(h -> h.createQuery(BY_USER).bind("userId", userId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * Inserts or replaces the row (role and created_at are kept from the first insert).
     *
     * @throws Conflict {@code USERNAME_TAKEN} when another row has the username in any case
     */
    @Override
    public void save(Profile p) {
        try {
            handles.use(h -> {
                Update u = h.createUpdate(UPSERT)
                        .bind("userId", p.userId())
                        .bind("role", p.role().name())
                        .bind("displayName", p.displayName())
                        .bind("username", p.username().isEmpty() ? null : p.username())
                        .bind("bio", p.bio())
                        .bind("avatarUrl", p.avatarUrl())
                        .bind("phone", p.phone())
                        .bind("region", p.region())
                        .bind("city", p.city())
                        .bindArray("categories", String.class, p.categories())
                        .bindArray("languages", String.class, p.languages())
                        .bind("website", p.website())
                        .bind("businessName", p.businessName())
                        .bind("description", p.description())
                        .bind("address", p.address())
                        .bind("industry", p.industry())
                        .bind("availability", p.availability().map(Enum::name).orElse(null))
                        .bind("verified", p.verified())
                        .bind("featured", p.featured())
                        .bind("rating", p.rating())
                        .bind("totalCollaborations", p.totalCollaborations())
                        .bind("onboardingCompleted", p.onboardingCompleted())
                        .bind("createdAt", SqlTime.at(p.createdAt()))
                        .bind("updatedAt", SqlTime.at(p.updatedAt()));
                bindRange(u, "rate", p.rates());
                bindRange(u, "budget", p.budget());
                u.execute();
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e, USERNAME_INDEX)) {
                throw new Conflict("USERNAME_TAKEN", "This username is taken; choose another.");
            }
            throw e;
        }
    }

    private static void bindRange(Update u, String prefix, Optional<MoneyRange> range) {
        u.bind(prefix + "Min", range.map(MoneyRange::min).orElse(null))
                .bind(prefix + "Max", range.map(MoneyRange::max).orElse(null))
                .bind(prefix + "Currency", range.map(MoneyRange::currency).orElse(null));
    }

    private static Profile map(ResultSet rs) throws SQLException {
        return new Profile(
                rs.getObject("user_id", UUID.class),
                Role.valueOf(rs.getString("role")),
                rs.getString("display_name"),
                Objects.requireNonNullElse(rs.getString("username"), ""),
                rs.getString("bio"),
                rs.getString("avatar_url"),
                rs.getString("phone"),
                rs.getString("region"),
                rs.getString("city"),
                strings(rs.getArray("categories")),
                strings(rs.getArray("languages")),
                rs.getString("website"),
                rs.getString("business_name"),
                rs.getString("description"),
                rs.getString("address"),
                rs.getString("industry"),
                range(rs, "rate_min", "rate_max", "rate_currency"),
                Optional.ofNullable(rs.getString("availability")).map(Availability::valueOf),
                range(rs, "budget_min", "budget_max", "budget_currency"),
                rs.getBoolean("verified"),
                rs.getBoolean("featured"),
                rs.getDouble("rating"),
                rs.getInt("total_collaborations"),
                rs.getBoolean("onboarding_completed"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    }

    private static Optional<MoneyRange> range(ResultSet rs, String min, String max, String currency)
            throws SQLException {
        long lo = rs.getLong(min);
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new MoneyRange(lo, rs.getLong(max), rs.getString(currency)));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
