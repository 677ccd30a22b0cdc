package io.ensemble.marketplace;

import io.ensemble.shared.paging.Cursor;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port of {@code reviews} (unique per order). Calls join the caller's transaction. */
public interface ReviewRepository {
    /** Stores the review. @return false when the order already has one (nothing written) */
    boolean insert(Review review);

    /** The creator's reviews with the brand's name, newest first ({@code created_at DESC, id DESC}). */
    List<Review> forCreator(UUID creatorId, Optional<Cursor> after, int max);
}
