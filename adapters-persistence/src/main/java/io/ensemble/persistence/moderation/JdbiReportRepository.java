package io.ensemble.persistence.moderation;

import io.ensemble.moderation.Report;
import io.ensemble.moderation.ReportFilter;
import io.ensemble.moderation.ReportReason;
import io.ensemble.moderation.ReportRepository;
import io.ensemble.moderation.ReportStatus;
import io.ensemble.moderation.ReportTargetType;
import io.ensemble.moderation.Resolution;
import io.ensemble.moderation.ResolutionAction;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ReportRepository} on the {@code reports} table (migration {@code moderation/001}); enums are
 * stored by their lower-case wire names. Joins the caller's transaction when there is one.
 */
public final class JdbiReportRepository extends JdbiRepository implements ReportRepository {
    private static final String COLUMNS = "id, reporter_id, target_type, target_id, author_id, reason, note, status, "
            + "resolution_action, resolution_note, resolved_by, resolved_at, created_at";
    private static final String INSERT = "INSERT INTO reports (id, reporter_id, target_type, target_id, author_id, "
            + "reason, note, status, created_at) VALUES (:id, :reporterId, :targetType, :targetId, :authorId, :reason, "
            + ":note, :status, :createdAt) ON CONFLICT (reporter_id, target_type, target_id) DO NOTHING";
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM reports WHERE id = :id";
    private static final String FIND = "SELECT " + COLUMNS + " FROM reports WHERE true";
    private static final String BY_STATUS = " AND status = :status";
    private static final String BY_TYPE = " AND target_type = :targetType";
    private static final String AFTER = " AND (created_at, id) < (:afterAt, :afterId)";
    private static final String ORDER = " ORDER BY created_at DESC, id DESC LIMIT :max";
    private static final String RESOLVE = "UPDATE reports SET status = 'resolved', resolution_action = :action, "
            + "resolution_note = :note, resolved_by = :by, resolved_at = :at WHERE id = :id AND status = 'open'";

    private static final RowMapper<Report> ROW = (rs, ctx) -> row(rs);


    /** @param handles the handle provider */
    public JdbiReportRepository(JdbiHandles handles) {
        super(handles);
    }

    /** @return false when the reporter already reported the target (unique key, nothing stored) */
    @Override
    public boolean insert(Report r) {
        return handles.with(h -> h.createUpdate(INSERT)
                .bind("id", r.id())
                .bind("reporterId", r.reporterId())
                .bind("targetType", r.targetType().code())
                .bind("targetId", r.targetId())
                .bind("authorId", r.authorId())
                .bind("reason", r.reason().code())
                .bind("note", r.note().orElse(null))
                .bind("status", r.status().code())
                .bind("createdAt", SqlTime.at(r.createdAt()))
                .execute()) == 1;
    }

    @Override
    public Optional<Report> findById(UUID id) {
        return handles.with(h -> h.createQuery(BY_ID).bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<Report> find(ReportFilter f, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(FIND);
        f.status().ifPresent(x -> sql.append(BY_STATUS));
        f.targetType().ifPresent(x -> sql.append(BY_TYPE));
        after.ifPresent(x -> sql.append(AFTER));
        sql.append(ORDER);
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max);
            f.status().ifPresent(v -> q.bind("status", v.code()));
            f.targetType().ifPresent(v -> q.bind("targetType", v.code()));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(ROW).list();
        });
    }

    @Override
    public boolean resolve(UUID id, Resolution r) {
        return handles.with(h -> h.createUpdate(RESOLVE)
                .bind("id", id)
                .bind("action", r.action().code())
                .bind("note", r.note().orElse(null))
                .bind("by", r.resolvedBy())
                .bind("at", SqlTime.at(r.resolvedAt()))
                .execute()) == 1;
    }

    private static Report row(ResultSet rs) throws SQLException {
        ReportStatus status = ReportStatus.parse(rs.getString("status")).orElseThrow();
        Optional<Resolution> resolution = Optional.empty();
        if (status == ReportStatus.RESOLVED) {
            resolution = Optional.of(new Resolution(
                    ResolutionAction.parse(rs.getString("resolution_action")).orElseThrow(),
                    Optional.ofNullable(rs.getString("resolution_note")),
                    rs.getObject("resolved_by", UUID.class),
                    SqlTime.read(rs, "resolved_at")));
        }
        return new Report(rs.getObject("id", UUID.class), rs.getObject("reporter_id", UUID.class),
                ReportTargetType.parse(rs.getString("target_type")).orElseThrow(),
                rs.getObject("target_id", UUID.class), rs.getObject("author_id", UUID.class),
                ReportReason.parse(rs.getString("reason")).orElseThrow(),
                Optional.ofNullable(rs.getString("note")), status, SqlTime.read(rs, "created_at"), resolution);
    }
}
