package io.ensemble.persistence.blocks;

import io.ensemble.blocks.Block;
import io.ensemble.blocks.BlockRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link BlockRepository} over {@code user_blocks} (migrations/blocks/001). */
public final class JdbiBlockRepository implements BlockRepository {
    private static final String INSERT = """
            WITH ins AS (
                INSERT INTO user_blocks (blocker_id, blocked_id, created_at) VALUES (:blocker, :blocked, :at)
                ON CONFLICT (blocker_id, blocked_id) DO NOTHING
                RETURNING blocked_id, created_at)
            SELECT ins.blocked_id, COALESCE(u.name, '') AS name, ins.created_at
              FROM ins JOIN users u ON u.id = ins.blocked_id
            UNION ALL
            SELECT b.blocked_id, COALESCE(u.name, '') AS name, b.created_at
              FROM user_blocks b JOIN users u ON u.id = b.blocked_id
             WHERE b.blocker_id = :blocker AND b.blocked_id = :blocked""";
    private static final String LIST = "SELECT b.blocked_id, COALESCE(u.name, '') AS name, b.created_at"
            + " FROM user_blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = :blocker";
    private static final String AFTER = " AND (b.created_at, b.blocked_id) < (:at, :cursorId)";
    private static final String ORDER = " ORDER BY b.created_at DESC, b.blocked_id DESC LIMIT :limit";

    private final JdbiHandles handles;

    /** @param handles the handle provider */
    public JdbiBlockRepository(JdbiHandles handles) {
        this.handles = Objects.requireNonNull(handles, "handles");
    }

    @Override
    public Block block(UUID blocker, UUID blocked, Instant at) {
        return handles.with(h -> h.createQuery(INSERT).bind("blocker", blocker).bind("blocked", blocked)
                .bind("at", SqlTime.at(at)).map((rs, ctx) -> new Block(rs.getObject("blocked_id", UUID.class),
                        rs.getString("name"), SqlTime.read(rs, "created_at"))).first());
    }

    @Override
    public boolean unblock(UUID blocker, UUID blocked) {
        return handles.with(h -> h.createUpdate("DELETE FROM user_blocks WHERE blocker_id = :blocker"
                + " AND blocked_id = :blocked").bind("blocker", blocker).bind("blocked", blocked).execute()) > 0;
    }

    @Override
    public Page<Block> list(UUID blocker, PageRequest page) {
        Optional<Cursor> cursor = page.cursor().map(Cursor::decode);
        String sql = LIST + (cursor.isPresent() ? AFTER : "") + ORDER;
        return handles.with(h -> {
            var q = h.createQuery(sql).bind("blocker", blocker).bind("limit", page.limit() + 1);
            cursor.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("cursorId", c.id()));
            return Page.fromOverfetch(q.map((rs, ctx) -> new Block(rs.getObject("blocked_id", UUID.class),
                    rs.getString("name"), SqlTime.read(rs, "created_at"))).list(), page.limit(),
                    b -> new Cursor(b.blockedAt(), b.userId()).encode());
        });
    }

    @Override
    public Optional<String> knownUser(UUID userId) {
        return handles.with(h -> h.createQuery("SELECT COALESCE(name, '') FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
    }
}
