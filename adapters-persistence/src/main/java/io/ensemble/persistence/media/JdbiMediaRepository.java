package io.ensemble.persistence.media;

import io.ensemble.media.Media;
import io.ensemble.media.MediaPurpose;
import io.ensemble.media.MediaRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link MediaRepository} on the {@code media} table; reads by id always filter by owner, or by
 * conversation membership for chat attachments (messages.attachments, GIN-indexed by media/003 for the
 * messages that have attachments; every query on it says {@code attachments <> '{}'} so the planner can use
 * that partial index).
 */
public final class JdbiMediaRepository extends JdbiRepository implements MediaRepository,
        io.ensemble.media.OwnedMedia {
    private static final String COLUMNS = "id, owner_id, purpose, content_type, bytes, width, height, storage_key, "
            + "thumbnail_key, display_key, attached_at, created_at";
    private static final String INSERT = "INSERT INTO media (" + COLUMNS + ") VALUES (:id, :ownerId, :purpose, "
            + ":contentType, :bytes, :width, :height, :storageKey, :thumbnailKey, :displayKey, :attachedAt, :createdAt)";
    private static final String OWNED = "SELECT " + COLUMNS + " FROM media WHERE id = :id AND owner_id = :ownerId";
    /**
     * Owner, or member of a conversation where the owner sent a live message listing the id (seeds/001 §Chat), or
     * assignee of an agency task the owner attached it to (issue 22 §1).
     */
    static final String READABLE = "SELECT " + COLUMNS + " FROM media m WHERE m.id = :id AND (m.owner_id = :reader "
            + "OR EXISTS (SELECT 1 FROM messages msg JOIN conversation_members cm "
            + "ON cm.conversation_id = msg.conversation_id AND cm.user_id = :reader "
            + "WHERE msg.sender_id = m.owner_id AND NOT msg.deleted AND msg.attachments <> '{}' "
            + "AND msg.attachments @> ARRAY[m.id::text]) "
            + "OR EXISTS (SELECT 1 FROM agency_task_attachments ta JOIN agency_task_assignees tas "
            + "ON tas.task_id = ta.task_id AND tas.user_id = :reader WHERE ta.media_id = m.id))";
    private static final String ATTACH = "UPDATE media SET attached_at = COALESCE(attached_at, :at) WHERE id = :id";
    private static final String DELETE = "DELETE FROM media WHERE id = :id";
    private static final String OWNED_BY = "SELECT " + COLUMNS + " FROM media WHERE owner_id = :ownerId ORDER BY created_at, id";
    /** Unattached uploads older than :before that no message of their owner and no agency task lists, oldest first. */
    static final String UNATTACHED = "SELECT " + COLUMNS + " FROM media m WHERE attached_at IS NULL "
            + "AND created_at < :before AND NOT EXISTS (SELECT 1 FROM messages msg WHERE msg.sender_id = m.owner_id "
            + "AND msg.attachments <> '{}' AND msg.attachments @> ARRAY[m.id::text]) "
            + "AND NOT EXISTS (SELECT 1 FROM agency_task_attachments ta WHERE ta.media_id = m.id) "
            + "ORDER BY created_at LIMIT :max";

    private static final RowMapper<Media> ROW = (rs, ctx) -> new Media(
            rs.getObject("id", UUID.class),
            rs.getObject("owner_id", UUID.class),
            MediaPurpose.valueOf(rs.getString("purpose")),
            rs.getString("content_type"),
            rs.getLong("bytes"),
            rs.getInt("width"),
            rs.getInt("height"),
            rs.getString("storage_key"),
            Optional.ofNullable(rs.getString("thumbnail_key")),
            Optional.ofNullable(rs.getString("display_key")),
            SqlTime.readOptional(rs, "attached_at"),
            SqlTime.read(rs, "created_at"));

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiMediaRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public void insert(Media m) {
        handles.use(h -> h.createUpdate(INSERT)
                .bind("id", m.id())
                .bind("ownerId", m.ownerId())
                .bind("purpose", m.purpose().name())
                .bind("contentType", m.contentType())
                .bind("bytes", m.bytes())
                .bind("width", m.width())
                .bind("height", m.height())
                .bind("storageKey", m.storageKey())
                .bind("thumbnailKey", m.thumbnailKey().orElse(null))
                .bind("displayKey", m.displayKey().orElse(null))
                .bind("attachedAt", SqlTime.at(m.attachedAt()))
                .bind("createdAt", SqlTime.at(m.createdAt()))
                .execute());
    }

    @Override
    public Optional<Media> findOwned(UUID id, UUID ownerId) {
        return handles.with(h -> h.createQuery(OWNED).bind("id", id).bind("ownerId", ownerId).map(ROW).findOne());
    }

    @Override
    public Optional<Media> findReadable(UUID id, UUID readerId) {
        return handles.with(h -> h.createQuery(READABLE).bind("id", id).bind("reader", readerId).map(ROW).findOne());
    }

    @Override
    public void markAttached(UUID id, Instant at) {
        handles.use(h -> h.createUpdate(ATTACH).bind("id", id).bind("at", SqlTime.at(at)).execute());
    }

    @Override
    public List<Media> ownedBy(UUID ownerId) {
        return handles.with(h -> h.createQuery(OWNED_BY).bind("ownerId", ownerId).map(ROW).list());
    }

    @Override
    public boolean delete(UUID id) {
        return handles.with(h -> h.createUpdate(DELETE).bind("id", id).execute()) > 0;
    }

    @Override
    public List<Media> unattachedBefore(Instant before, int limit) {
        return handles.with(h -> h.createQuery(UNATTACHED).bind("before", SqlTime.at(before)).bind("max", limit)
                .map(ROW).list());
    }
}
