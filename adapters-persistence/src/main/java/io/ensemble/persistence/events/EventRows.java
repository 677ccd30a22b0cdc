package io.ensemble.persistence.events;

import io.ensemble.events.Event;
import io.ensemble.events.EventStatus;
import io.ensemble.events.GeoPoint;
import io.ensemble.payments.Money;
import io.ensemble.persistence.database.SqlTime;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.statement.SqlStatement;

/** Column list, row mapping and parameter binding of the {@code events} table. */
final class EventRows {
    /** Every stored column of {@code events}, unqualified. */
    static final String COLUMNS = "id, host_id, title, description, starts_at, ends_at, location, latitude, longitude,"
            + " price_amount, price_currency, capacity, tags, images, featured, status, version, created_at, updated_at";
    /** {@link #COLUMNS} qualified with the alias {@code e}. */
    static final String E_COLUMNS = "e." + COLUMNS.replace(", ", ", e.");

    private EventRows() {
    }

    /** @return the event of the current row (columns named as in {@link #COLUMNS}) */
    static Event read(ResultSet rs) throws SQLException {
        double lat = rs.getDouble("latitude");
        Optional<GeoPoint> point = rs.wasNull() ? Optional.empty()
                : Optional.of(new GeoPoint(lat, rs.getDouble("longitude")));
        long amount = rs.getLong("price_amount");
        Optional<Money> price = rs.wasNull() ? Optional.empty()
                : Optional.of(new Money(amount, rs.getString("price_currency")));
        int seats = rs.getInt("capacity");
        OptionalInt capacity = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(seats);
        return new Event(rs.getObject("id", UUID.class), rs.getObject("host_id", UUID.class), rs.getString("title"),
                rs.getString("description"), SqlTime.read(rs, "starts_at"), SqlTime.readOptional(rs, "ends_at"),
                rs.getString("location"), point, price, capacity, strings(rs.getArray("tags")),
                strings(rs.getArray("images")), rs.getBoolean("featured"), EventStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at"));
    }

    /** Binds every column of {@link #COLUMNS} as {@code :camelCase} parameters. */
    static <S extends SqlStatement<S>> S bind(S statement, Event e) {
        return statement.bind("id", e.id()).bind("hostId", e.hostId()).bind("title", e.title())
                .bind("description", e.description()).bind("startsAt", SqlTime.at(e.startsAt()))
                .bind("endsAt", SqlTime.at(e.endsAt())).bind("location", e.location())
                .bind("latitude", e.point().map(GeoPoint::latitude).orElse(null))
                .bind("longitude", e.point().map(GeoPoint::longitude).orElse(null))
                .bind("priceAmount", e.ticketPrice().map(Money::amount).orElse(null))
                .bind("priceCurrency", e.ticketPrice().map(Money::currency).orElse(null))
                .bind("capacity", e.capacity().isPresent() ? Integer.valueOf(e.capacity().getAsInt()) : null)
                .bindArray("tags", String.class, e.tags()).bindArray("images", String.class, e.images())
                .bind("featured", e.featured()).bind("status", e.status().name()).bind("version", e.version())
                .bind("createdAt", SqlTime.at(e.createdAt())).bind("updatedAt", SqlTime.at(e.updatedAt()));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
