package io.ensemble.persistence.social;

import static io.ensemble.persistence.social.SocialAccountRows.COLUMNS;
import static io.ensemble.persistence.social.SocialAccountRows.ROW;

import io.ensemble.identity.Role;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.AccountLink;
import io.ensemble.social.EncryptedTokens;
import io.ensemble.social.LinkMethod;
import io.ensemble.social.LinkStatus;
import io.ensemble.social.Platform;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.SocialAccount;
import io.ensemble.social.SocialAccountRepository;
import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link SocialAccountRepository} on {@code social_accounts}. Linking is one
 * {@code INSERT ... ON CONFLICT (platform, provider_account_id) DO UPDATE ... WHERE user_id = same user}
 * statement, so two users racing for one provider account cannot both win. Token columns hold
 * ciphertext only and are read solely by {@link #tokens}.
 */
public final class JdbiSocialAccountRepository extends JdbiRepository implements SocialAccountRepository {
    private static final String LINK = """
            INSERT INTO social_accounts (id, user_id, platform, provider_account_id, username, display_name,
                avatar_url, link_method, status, created_at, updated_at)
            VALUES (:id, :userId, :platform, :providerAccountId, :username, :displayName, :avatarUrl,
                :linkMethod, 'ACTIVE', :at, :at)
            ON CONFLICT (platform, provider_account_id) DO UPDATE SET username = EXCLUDED.username,
                display_name = EXCLUDED.display_name, avatar_url = EXCLUDED.avatar_url,
                link_method = EXCLUDED.link_method, status = 'ACTIVE', updated_at = EXCLUDED.updated_at
            WHERE social_accounts.user_id = EXCLUDED.user_id
            RETURNING\s""" + COLUMNS;
    private static final String OWNED = "SELECT " + COLUMNS + " FROM social_accounts WHERE id = :id AND user_id = :userId";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM social_accounts WHERE id = :id";
    private static final String FOR_USER = "SELECT " + COLUMNS + " FROM social_accounts WHERE user_id = :userId "
            + "ORDER BY created_at, id";
    private static final String DELETE = "DELETE FROM social_accounts WHERE id = :id AND user_id = :userId";
    private static final String STORE_TOKENS = "UPDATE social_accounts SET access_token = :access, "
            + "refresh_token = :refresh, token_expires_at = :expiresAt, scopes = :scopes, updated_at = :at WHERE id = :id";
    private static final String TOKENS = "SELECT access_token, refresh_token, token_expires_at, scopes "
            + "FROM social_accounts WHERE id = :id AND access_token IS NOT NULL";
    private static final String MARK_STATUS = "UPDATE social_accounts SET status = :status, updated_at = :at WHERE id = :id";
    private static final String MARK_SYNCED = "UPDATE social_accounts SET username = :username, "
            + "display_name = :displayName, avatar_url = :avatarUrl, last_synced_at = :at, updated_at = :at "
            + "WHERE id = :id";
    private static final String EXPIRING = "SELECT " + COLUMNS + " FROM social_accounts WHERE link_method = 'OAUTH' "
            + "AND status = 'ACTIVE' AND token_expires_at < :before "
            + "ORDER BY token_expires_at, id LIMIT :max";
    private static final String DUE = "SELECT " + COLUMNS + " FROM social_accounts WHERE link_method = :method "
            + "AND status = 'ACTIVE' AND (last_synced_at IS NULL OR last_synced_at < :before) "
            + "ORDER BY last_synced_at NULLS FIRST, id LIMIT :max";
    private static final String WITHOUT = """
            SELECT u.id FROM users u
            WHERE u.role = :role AND u.status = 'ACTIVE' AND u.id > :after
              AND NOT EXISTS (SELECT 1 FROM social_accounts a WHERE a.user_id = u.id AND a.platform = :platform)
            ORDER BY u.id LIMIT :max
            """;

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiSocialAccountRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public Optional<SocialAccount> link(AccountLink link) {
        ProviderProfile p = link.profile();
        return handles.with(h -> h.createQuery(LINK)
                .bind("id", link.newId())
                .bind("userId", link.userId())
                .bind("platform", link.platform().name())
                .bind("providerAccountId", p.providerAccountId())
                .bind("username", p.username())
                .bind("displayName", p.displayName().orElse(null))
                .bind("avatarUrl", p.avatarUrl().orElse(null))
                .bind("linkMethod", link.linkMethod().name())
                .bind("at", SqlTime.at(link.at()))
                .map(ROW).findOne());
    }

    @Override
    public Optional<SocialAccount> findOwned(UUID accountId, UUID userId) {
        return handles.with(h -> h.createQuery(OWNED).bind("id", accountId).bind("userId", userId).map(ROW).findOne());
    }

    @Override
    public Optional<SocialAccount> find(UUID accountId) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", accountId).map(ROW).findOne());
    }

    @Override
    public List<SocialAccount> listForUser(UUID userId) {
        return handles.with(h -> h.createQuery(FOR_USER).bind("userId", userId).map(ROW).list());
    }

    @Override
    public boolean deleteOwned(UUID accountId, UUID userId) {
        return handles.with(h -> h.createUpdate(DELETE).bind("id", accountId).bind("userId", userId).execute()) > 0;
    }

    @Override
    public void storeTokens(UUID accountId, EncryptedTokens tokens, Instant at) {
        handles.use(h -> h.createUpdate(STORE_TOKENS)
                .bind("id", accountId)
                .bind("access", tokens.accessToken())
                .bind("refresh", tokens.refreshToken().orElse(null))
                .bind("expiresAt", SqlTime.at(tokens.expiresAt()))
                .bind("scopes", tokens.scopes().toArray(new String[0]))
                .bind("at", SqlTime.at(at))
                .execute());
    }

    @Override
    public Optional<EncryptedTokens> tokens(UUID accountId) {
        return handles.with(h -> h.createQuery(TOKENS).bind("id", accountId).map((rs, ctx) -> {
            Array scopes = rs.getArray("scopes");
            return new EncryptedTokens(rs.getBytes("access_token"), Optional.ofNullable(rs.getBytes("refresh_token")),
                    SqlTime.readOptional(rs, "token_expires_at"),
                    scopes == null ? List.of() : Arrays.asList((String[]) scopes.getArray()));
        }).findOne());
    }

    @Override
    public void markStatus(UUID accountId, LinkStatus status, Instant at) {
        handles.use(h -> h.createUpdate(MARK_STATUS).bind("id", accountId).bind("status", status.name())
                .bind("at", SqlTime.at(at)).execute());
    }

    @Override
    public void markSynced(UUID accountId, ProviderProfile profile, Instant at) {
        handles.use(h -> h.createUpdate(MARK_SYNCED)
                .bind("id", accountId)
                .bind("username", profile.username())
                .bind("displayName", profile.displayName().orElse(null))
                .bind("avatarUrl", profile.avatarUrl().orElse(null))
                .bind("at", SqlTime.at(at))
                .execute());
    }

    @Override
    public List<SocialAccount> tokensExpiringBefore(Instant before, int limit) {
        return handles.with(h -> h.createQuery(EXPIRING).bind("before", SqlTime.at(before)).bind("max", limit)
                .map(ROW).list());
    }

    @Override
    public List<SocialAccount> dueForSync(LinkMethod method, Instant syncedBefore, int limit) {
        return handles.with(h -> h.createQuery(DUE).bind("method", method.name())
                .bind("before", SqlTime.at(syncedBefore)).bind("max", limit).map(ROW).list());
    }

    @Override
    public List<UUID> usersWithout(Platform platform, Role role, UUID afterUserId, int limit) {
        return handles.with(h -> h.createQuery(WITHOUT).bind("role", role.name()).bind("after", afterUserId == null ? new UUID(0, 0) : afterUserId)
                .bind("platform", platform.name()).bind("max", limit).mapTo(UUID.class).list());
    }
}
