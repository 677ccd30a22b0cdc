package io.ensemble.persistence.agency;

import io.ensemble.agency.Application;
import io.ensemble.agency.ApplicationFilter;
import io.ensemble.agency.ApplicationRepository;
import io.ensemble.agency.ApplicationStatus;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ApplicationRepository} on {@code agency_applications} (migration {@code agency/001}); statuses are
 * stored by their wire names, and {@link #decide} is a compare-and-set on {@code version}. Joins the
 * caller's transaction when there is one.
 */
public final class JdbiApplicationRepository extends JdbiRepository implements ApplicationRepository {
    private static final String COLUMNS = "id, name, email, phone, role_applied_for, portfolio_links, message, status,"
            + " version, member_id, decided_by, decided_at, created_at";
    private static final String INSERT = "INSERT INTO agency_applications (" + COLUMNS + ") VALUES (:id, :name, :email,"
            + " :phone, :role, :links, :message, :status, :version, NULL, NULL, NULL, :createdAt)";
    private static final String DECIDE = "UPDATE agency_applications SET status = :status, version = :version,"
            + " member_id = CAST(:memberId AS uuid), decided_by = :decidedBy, decided_at = :decidedAt"
            + " WHERE id = :id AND version = :expected";
    private static final String FIND = "SELECT " + COLUMNS + " FROM agency_applications WHERE true";
    private static final String TEXT = " AND (name ILIKE :q OR email ILIKE :q OR role_applied_for ILIKE :q)";
    private static final RowMapper<Application> ROW = (rs, ctx) -> {
        Array links = rs.getArray("portfolio_links");
        return new Application(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                Optional.ofNullable(rs.getString("phone")), Optional.ofNullable(rs.getString("role_applied_for")),
                links == null ? List.of() : Arrays.asList((String[]) links.getArray()), rs.getString("message"),
                ApplicationStatus.parse(rs.getString("status")).orElseThrow(), rs.getLong("version"),
                Optional.ofNullable(rs.getObject("member_id", UUID.class)),
                Optional.ofNullable(rs.getObject("decided_by", UUID.class)), SqlTime.readOptional(rs, "decided_at"),
                SqlTime.read(rs, "created_at"));
    };

    /** @param handles the handle provider */
    public JdbiApplicationRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(Application a) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", a.id()).bind("name", a.name()).bind("email", a.email())
                .bind("phone", a.phone().orElse(null)).bind("role", a.roleAppliedFor().orElse(null))
                .bindArray("links", String.class, a.portfolioLinks()).bind("message", a.message())
                .bind("status", a.status().code()).bind("version", a.version())
                .bind("createdAt", SqlTime.at(a.createdAt())).execute());
    }

    @Override
    public Optional<Application> findById(UUID id) {
        return handles.with(h -> h.createQuery(FIND + " AND id = :id").bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<Application> find(ApplicationFilter f, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(FIND);
        f.status().ifPresent(x -> sql.append(" AND status = :status"));
        f.query().ifPresent(x -> sql.append(TEXT));
        after.ifPresent(x -> sql.append(" AND (created_at, id) < (:afterAt, :afterId)"));
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :max");
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max);
            f.status().ifPresent(v -> q.bind("status", v.code()));
            f.query().ifPresent(v -> q.bind("q", "%" + v.replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%"));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }

    @Override
    public boolean decide(Application d) {
        return handles.with(h -> h.createUpdate(DECIDE).bind("id", d.id()).bind("status", d.status().code())
                .bind("version", d.version()).bind("expected", d.version() - 1)
                .bind("memberId", d.memberId().map(UUID::toString).orElse(null))
                .bind("decidedBy", d.decidedBy().orElse(null)).bind("decidedAt", SqlTime.at(d.decidedAt()))
                .execute()) == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return handles.with(h -> h.createUpdate("DELETE FROM agency_applications WHERE id = :id").bind("id", id)
                .execute()) == 1;
    }
}
