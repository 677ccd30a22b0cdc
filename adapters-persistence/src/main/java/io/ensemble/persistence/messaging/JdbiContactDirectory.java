package io.ensemble.persistence.messaging;

import io.ensemble.identity.Role;
import io.ensemble.messaging.Contact;
import io.ensemble.messaging.ContactDirectory;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ContactDirectory} over the identity context's {@code users} table: reachable means
 * {@code status = 'ACTIVE' AND email_verified}. Name search is a case-insensitive substring match
 * with LIKE wildcards in the input escaped.
 */
public final class JdbiContactDirectory implements ContactDirectory {
    private static final String REACHABLE = "status = 'ACTIVE' AND email_verified";
    private static final String SEARCH = "SELECT id, COALESCE(name, '') AS name, role, created_at, last_seen_at FROM users"
            + " WHERE " + REACHABLE + " AND id <> :me AND " + UserBlocks.NONE_WITH_ME;
    private static final String BY_NAME = " AND name ILIKE :pattern ESCAPE '\\'";
    private static final String BY_ROLE = " AND role = :role";
    private static final String AFTER_CURSOR = " AND (created_at, id) > (:at, :cursorId)";
    private static final String ORDER = " ORDER BY created_at, id LIMIT :limit";
    private static final String LAST_SEEN = "UPDATE users SET last_seen_at = :at WHERE id = :id";
    private static final String FIND = "SELECT id, COALESCE(name, '') AS name, role, created_at, last_seen_at FROM users"
            + " WHERE id = :id AND " + REACHABLE;

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiContactDirectory(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Page<Contact> search(UUID excluding, Optional<String> search, Optional<Role> role, PageRequest page) {
        Optional<Cursor> cursor = page.cursor().map(Cursor::decode);
        String sql = SEARCH + (search.isPresent() ? BY_NAME : "") + (role.isPresent() ? BY_ROLE : "")
                + (cursor.isPresent() ? AFTER_CURSOR : "") + ORDER;
        return handles.with(h -> {
            var query = h.createQuery(sql).bind("me", excluding).bind("limit", page.limit() + 1);
            search.ifPresent(s -> query.bind("pattern", "%" + escapeLike(s) + "%"));
            role.ifPresent(r -> query.bind("role", r.name()));
            cursor.ifPresent(c -> query.bind("at", SqlTime.at(c.at())).bind("cursorId", c.id()));
            return Page.fromOverfetch(query.map((rs, ctx) -> contact(rs)).list(), page.limit(),
                    c -> new Cursor(c.createdAt(), c.userId()).encode());
        });
    }

    @Override
    public Optional<Contact> findReachable(UUID userId) {
        return handles.with(h -> h.createQuery(FIND).bind("id", userId).map((rs, ctx) -> contact(rs)).findOne());
    }

    @Override
    public Optional<Contact> findReachableBy(UUID viewer, UUID userId) {
        return handles.with(h -> h.createQuery(FIND + " AND " + UserBlocks.NONE_WITH_ME).bind("id", userId)
                .bind("me", viewer).map((rs, ctx) -> contact(rs)).findOne());
    }

    @Override
    public void recordLastSeen(UUID userId, Instant at) {
        handles.use(h -> h.createUpdate(LAST_SEEN).bind("id", userId).bind("at", SqlTime.at(at)).execute());
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), rs.getString("name"), Role.valueOf(rs.getString("role")),
                SqlTime.read(rs, "created_at"), SqlTime.readOptional(rs, "last_seen_at"));
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
