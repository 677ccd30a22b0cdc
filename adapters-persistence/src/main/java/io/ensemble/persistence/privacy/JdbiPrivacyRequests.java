package io.ensemble.persistence.privacy;

import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.privacy.PrivacyRequest;
import io.ensemble.privacy.PrivacyRequestRepository;
import java.sql.Array;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link PrivacyRequestRepository} on {@code privacy_requests}; claims use a lease and {@code SKIP LOCKED}. */
public final class JdbiPrivacyRequests extends JdbiRepository implements PrivacyRequestRepository {
    private static final String COLUMNS = "id, user_id, kind, status, requested_by, steps_done, steps_total, terms, "
            + "archive_key, error, created_at, finished_at";
    private static final String INSERT = "INSERT INTO privacy_requests (id, user_id, kind, status, requested_by, "
            + "steps_done, steps_total, terms, created_at) VALUES (:id, :userId, :kind, :status, :requestedBy, "
            + ":stepsDone, :stepsTotal, :terms, :createdAt)";
    private static final String LATEST = "SELECT " + COLUMNS + " FROM privacy_requests WHERE user_id = :userId "
            + "AND kind = :kind ORDER BY created_at DESC, id DESC LIMIT 1";
    private static final String FIND = "SELECT " + COLUMNS + " FROM privacy_requests WHERE id = :id";
    private static final String CLAIM = "UPDATE privacy_requests SET status = 'RUNNING', lease_until = :until "
            + "WHERE id = (SELECT id FROM privacy_requests WHERE status = 'PENDING' OR (status = 'RUNNING' "
            + "AND lease_until < :now) ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS;
    private static final String PROGRESS = "UPDATE privacy_requests SET steps_done = GREATEST(steps_done, :done), "
            + "lease_until = :until WHERE id = :id";
    private static final String FINISH = "UPDATE privacy_requests SET status = 'DONE', steps_done = steps_total, "
            + "terms = '{}', error = NULL, lease_until = NULL, archive_key = :key, finished_at = :at WHERE id = :id";
    private static final String FAILED = "UPDATE privacy_requests SET status = 'PENDING', lease_until = NULL, "
            + "error = :error WHERE id = :id AND status = 'RUNNING'";
    private static final String ARCHIVES = "SELECT archive_key FROM privacy_requests WHERE user_id = :userId "
            + "AND kind = 'EXPORT' AND archive_key IS NOT NULL";
    /** Longest error message kept. */
    private static final int ERROR_MAX = 500;

    private static final RowMapper<PrivacyRequest> ROW = (rs, ctx) -> {
        Array terms = rs.getArray("terms");
        return new PrivacyRequest(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                PrivacyRequest.Kind.valueOf(rs.getString("kind")), PrivacyRequest.Status.valueOf(rs.getString("status")),
                rs.getObject("requested_by", UUID.class), rs.getInt("steps_done"), rs.getInt("steps_total"),
                List.of((String[]) terms.getArray()), Optional.ofNullable(rs.getString("archive_key")),
                Optional.ofNullable(rs.getString("error")), SqlTime.read(rs, "created_at"),
                SqlTime.readOptional(rs, "finished_at"));
    };

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiPrivacyRequests(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(PrivacyRequest r) {
        handles.use(h -> h.createUpdate(INSERT).bind("id", r.id()).bind("userId", r.userId())
                .bind("kind", r.kind().name()).bind("status", r.status().name()).bind("requestedBy", r.requestedBy())
                .bind("stepsDone", r.stepsDone()).bind("stepsTotal", r.stepsTotal())
                .bindArray("terms", String.class, r.terms()).bind("createdAt", SqlTime.at(r.createdAt())).execute());
    }

    @Override
    public Optional<PrivacyRequest> latest(UUID userId, PrivacyRequest.Kind kind) {
        return handles.with(h -> h.createQuery(LATEST).bind("userId", userId).bind("kind", kind.name()).map(ROW)
                .findOne());
    }

    @Override
    public Optional<PrivacyRequest> find(UUID id) {
        return handles.with(h -> h.createQuery(FIND).bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<PrivacyRequest> claimNext(Instant now, Instant leaseUntil) {
        return handles.with(h -> h.createQuery(CLAIM).bind("now", SqlTime.at(now)).bind("until", SqlTime.at(leaseUntil))
                .map(ROW).findOne());
    }

    @Override
    public void progress(UUID id, int stepsDone, Instant leaseUntil) {
        handles.use(h -> h.createUpdate(PROGRESS).bind("id", id).bind("done", stepsDone)
                .bind("until", SqlTime.at(leaseUntil)).execute());
    }

    @Override
    public void finish(UUID id, Optional<String> archiveKey, Instant at) {
        handles.use(h -> h.createUpdate(FINISH).bind("id", id).bind("key", archiveKey.orElse(null))
                .bind("at", SqlTime.at(at)).execute());
    }

    @Override
    public void failed(UUID id, String error) {
        String kept = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        handles.use(h -> h.createUpdate(FAILED).bind("id", id).bind("error", kept).execute());
    }

    @Override
    public List<String> archiveKeysOf(UUID userId) {
        return handles.with(h -> h.createQuery(ARCHIVES).bind("userId", userId).mapTo(String.class).list());
    }
}
