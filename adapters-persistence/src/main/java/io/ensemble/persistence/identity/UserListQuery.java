package io.ensemble.persistence.identity;

import io.ensemble.identity.User;
import io.ensemble.identity.UserFilter;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * The admin user list (seeds/001 §Admin {@code GET /users}): accounts newest first, keyset-paged over
 * {@code (created_at, id)} (index of migrations/identity/005). The statement is assembled from constant
 * fragments, one per filter present; every value is bound. The text filter is a case-insensitive substring
 * of the name or e-mail ({@code strpos}, so {@code %} and {@code _} in it match literally).
 */
final class UserListQuery {
    private static final String FIND = "SELECT " + UserRows.COLUMNS + " FROM users WHERE true";
    private static final String BY_TEXT = " AND (strpos(lower(coalesce(name, '')), lower(:q)) > 0"
            + " OR strpos(lower(email), lower(:q)) > 0)";
    private static final String BY_ROLE = " AND role = :role";
    private static final String BY_STATUS = " AND status = :status";
    private static final String AFTER = " AND (created_at, id) < (:afterAt, :afterId)";
    private static final String ORDER = " ORDER BY created_at DESC, id DESC LIMIT :max";

    private UserListQuery() {
    }

    /** @return up to {@code max} accounts matching {@code filter} after {@code after}, newest first */
    static List<User> run(JdbiHandles handles, UserFilter filter, Optional<Cursor> after, int max) {
        StringBuilder sql = new StringBuilder(FIND);
        filter.query().ifPresent(v -> sql.append(BY_TEXT));
        filter.role().ifPresent(v -> sql.append(BY_ROLE));
        filter.status().ifPresent(v -> sql.append(BY_STATUS));
        after.ifPresent(c -> sql.append(AFTER));
        sql.append(ORDER);
        return handles.with(h -> {
            Query q = h.createQuery(sql.toString()).bind("max", max);
            filter.query().ifPresent(v -> q.bind("q", v));
            filter.role().ifPresent(v -> q.bind("role", v.name()));
            filter.status().ifPresent(v -> q.bind("status", v.name()));
            after.ifPresent(c -> q.bind("afterAt", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map(UserRows.MAPPER).list();
        });
    }
}
