package io.ensemble.persistence.identity;

import io.ensemble.identity.OneTimeCode;
import io.ensemble.identity.OtpPurpose;
import io.ensemble.persistence.database.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code one_time_codes} row (all columns of {@link #COLUMNS}) to a {@link OneTimeCode}. */
final class OneTimeCodeRows implements RowMapper<OneTimeCode> {
    static final String COLUMNS = "id, user_id, purpose, code_hash, attempts, created_at, expires_at, consumed_at";
    static final OneTimeCodeRows MAPPER = new OneTimeCodeRows();

    private OneTimeCodeRows() {
    }

    @Override
    public OneTimeCode map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new OneTimeCode(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                OtpPurpose.valueOf(rs.getString("purpose")),
                rs.getString("code_hash"),
                rs.getInt("attempts"),
                SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "expires_at"),
                SqlTime.readOptional(rs, "consumed_at"));
    }
}
