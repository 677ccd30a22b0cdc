package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.CreatorPackage;
import io.ensemble.marketplace.PackageRepository;
import io.ensemble.payments.Money;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link PackageRepository} on the {@code packages} table. Every method throws
 * {@link io.ensemble.shared.errors.ProviderUnavailable} when the database is down.
 */
public final class JdbiPackageRepository extends JdbiRepository implements PackageRepository {
    private static final String COLUMNS = "id, creator_id, title, platform, content_type, quantity, revisions,"
            + " duration_days, price_amount, price_currency, description, active, created_at, updated_at, content_seconds";
    private static final String INSERT = "INSERT INTO packages (" + COLUMNS + ") VALUES (:id, :creatorId, :title,"
            + " :platform, :contentType, :quantity, :revisions, :durationDays, :amount, :currency, :description,"
            + " :active, :createdAt, :updatedAt, :contentSeconds)";
    private static final String UPDATE = """
            UPDATE packages SET title = :title, platform = :platform, content_type = :contentType,
                   quantity = :quantity, revisions = :revisions, duration_days = :durationDays,
                   price_amount = :amount, price_currency = :currency, description = :description,
                   updated_at = :updatedAt, content_seconds = :contentSeconds
             WHERE id = :id
            """;
    private static final String DEACTIVATE =
            "UPDATE packages SET active = false, updated_at = :at WHERE id = :id AND active";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM packages WHERE id = :id";
    private static final String ACTIVE_BY_CREATOR = "SELECT " + COLUMNS
            + " FROM packages WHERE creator_id = :creatorId AND active ORDER BY created_at, id";
    private static final RowMapper<CreatorPackage> ROW = (rs, ctx) -> new CreatorPackage(
            rs.getObject("id", UUID.class), rs.getObject("creator_id", UUID.class), rs.getString("title"),
            rs.getString("platform"), rs.getString("content_type"), rs.getInt("quantity"), rs.getInt("revisions"),
            rs.getInt("duration_days"), new Money(rs.getLong("price_amount"), rs.getString("price_currency")),
            rs.getString("description"), rs.getBoolean("active"), SqlTime.read(rs, "created_at"),
            SqlTime.read(rs, "updated_at"), rs.getObject("content_seconds") == null ? java.util.OptionalInt.empty()
            : java.util.OptionalInt.of(rs.getInt("content_seconds")));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPackageRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(CreatorPackage p) {
        handles.use(h -> bind(h.createUpdate(INSERT), p).bind("creatorId", p.creatorId())
                .bind("active", p.active()).bind("createdAt", SqlTime.at(p.createdAt())).execute());
    }

    @Override
    public void update(CreatorPackage p) {
        handles.use(h -> bind(h.createUpdate(UPDATE), p).execute());
    }

    @Override
    public boolean deactivate(UUID packageId, Instant at) {
        return handles.with(h -> h.createUpdate(DEACTIVATE).bind("id", packageId).bind("at", SqlTime.at(at))
                .execute()) > 0;
    }

    @Override
    public Optional<CreatorPackage> findById(UUID packageId) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", packageId).map(ROW).findOne());
    }

    @Override
    public List<CreatorPackage> activeByCreator(UUID creatorId) {
        return handles.with(h -> h.createQuery(ACTIVE_BY_CREATOR).bind("creatorId", creatorId).map(ROW).list());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, CreatorPackage p) {
        return statement.bind("id", p.id()).bind("title", p.title()).bind("platform", p.platform())
                .bind("contentType", p.contentType()).bind("quantity", p.quantity()).bind("revisions", p.revisions())
                .bind("durationDays", p.durationDays()).bind("amount", p.price().amount())
                .bind("currency", p.price().currency()).bind("description", p.description())
                .bind("updatedAt", SqlTime.at(p.updatedAt()))
                .bind("contentSeconds", p.contentSeconds().isPresent() ? p.contentSeconds().getAsInt() : null);
    }
}
