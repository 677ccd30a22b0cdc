package io.ensemble.persistence.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.argument.Argument;

/**
 * Binds and reads {@code timestamptz} columns as {@link Instant}s in UTC, independent of the JVM
 * time zone and of which JDBI plugins are installed. PostgreSQL keeps microseconds, so a stored
 * instant comes back truncated (rounded by the driver) to microsecond precision.
 */
public final class SqlTime {
    private SqlTime() {
    }

    /** @return a JDBI argument binding {@code at} as a UTC {@code timestamptz}; never null */
    public static Argument at(Instant at) {
        OffsetDateTime value = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** @return a JDBI argument binding the instant, or SQL NULL when {@code at} is empty */
    public static Argument at(Optional<Instant> at) {
        return at.map(SqlTime::at)
                .orElse((position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE));
    }

    /** @return the non-null {@code timestamptz} column as an instant. @throws SQLException when it is NULL */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        return readOptional(rs, column)
                .orElseThrow(() -> new SQLException("Column " + column + " is unexpectedly NULL"));
    }

    /** @return the nullable {@code timestamptz} column as an instant, empty when NULL */
    public static Optional<Instant> readOptional(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
