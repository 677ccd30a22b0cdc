package io.ensemble.persistence.social;

import io.ensemble.persistence.database.SqlTime;
import io.ensemble.social.LinkMethod;
import io.ensemble.social.LinkStatus;
import io.ensemble.social.Platform;
import io.ensemble.social.ProviderProfile;
import io.ensemble.social.SocialAccount;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** Column list and row mapper of {@code social_accounts} (token columns are never selected here). */
final class SocialAccountRows {
    /** Every non-secret column, in table order. */
    static final String COLUMNS = "id, user_id, platform, provider_account_id, username, display_name, avatar_url, "
            + "link_method, status, token_expires_at, scopes, last_synced_at, created_at, updated_at";

    /** Maps one row selected with {@link #COLUMNS}. */
    static final RowMapper<SocialAccount> ROW = (rs, ctx) -> {
        Array scopes = rs.getArray("scopes");
        List<String> scopeList = scopes == null ? List.of() : Arrays.asList((String[]) scopes.getArray());
        return new SocialAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                Platform.valueOf(rs.getString("platform")),
                new ProviderProfile(rs.getString("provider_account_id"), rs.getString("username"),
                        Optional.ofNullable(rs.getString("display_name")),
                        Optional.ofNullable(rs.getString("avatar_url"))),
                LinkMethod.valueOf(rs.getString("link_method")),
                LinkStatus.valueOf(rs.getString("status")),
                SqlTime.readOptional(rs, "token_expires_at"),
                scopeList,
                SqlTime.readOptional(rs, "last_synced_at"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "updated_at"));
    };

    private SocialAccountRows() {
    }
}
