package io.ensemble.persistence.marketplace;

import io.ensemble.marketplace.Review;
import io.ensemble.marketplace.ReviewRepository;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.persistence.database.SqlTime;
import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.Query;

/** {@link ReviewRepository} on {@code reviews}; the unique {@code reviews_order_key} keeps one per order. */
public final class JdbiReviewRepository extends JdbiRepository implements ReviewRepository {
    private static final String INSERT = """
            INSERT INTO reviews (id, order_id, brand_id, creator_id, rating, comment, created_at)
            VALUES (:id, :orderId, :brandId, :creatorId, :rating, :comment, :at)
            ON CONFLICT ON CONSTRAINT reviews_order_key DO NOTHING
            """;
    private static final String FOR_CREATOR = """
            SELECT r.id, r.order_id, r.brand_id, COALESCE(u.name, '') AS brand_name, r.creator_id, r.rating,
                   r.comment, r.created_at
              FROM reviews r JOIN users u ON u.id = r.brand_id
             WHERE r.creator_id = :creatorId
            """;
    private static final String AFTER = " AND (r.created_at, r.id) < (:at, :afterId)";
    private static final String ORDER = " ORDER BY r.created_at DESC, r.id DESC LIMIT :max";

    /** @param handles the handle provider (joins the caller's transaction when there is one) */
    public JdbiReviewRepository(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public boolean insert(Review r) {
        return handles.with(h -> h.createUpdate(INSERT).bind("id", r.id()).bind("orderId", r.orderId())
                .bind("brandId", r.brandId()).bind("creatorId", r.creatorId()).bind("rating", r.rating())
                .bind("comment", r.comment()).bind("at", SqlTime.at(r.createdAt())).execute()) == 1;
    }

    @Override
    public List<Review> forCreator(UUID creatorId, Optional<Cursor> after, int max) {
        return handles.with(h -> {
            Query q = h.createQuery(FOR_CREATOR + (after.isPresent() ? AFTER : "") + ORDER)
                    .bind("creatorId", creatorId).bind("max", max);
            after.ifPresent(c -> q.bind("at", SqlTime.at(c.at())).bind("afterId", c.id()));
            return q.map((rs, ctx) -> new Review(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                    rs.getObject("brand_id", UUID.class), rs.getString("brand_name"),
                    rs.getObject("creator_id", UUID.class), rs.getInt("rating"), rs.getString("comment"),
                    SqlTime.read(rs, "created_at"))).list();
        });
    }
}
