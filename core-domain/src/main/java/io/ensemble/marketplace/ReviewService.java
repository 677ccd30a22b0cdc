package io.ensemble.marketplace;

import io.ensemble.identity.Caller;
import io.ensemble.identity.User;
import io.ensemble.identity.FindUsers;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reviews (issue 8 §3, seeds/002): the brand of a COMPLETED order rates its creator once; the
 * creator profile's {@code rating} and {@code totalCollaborations} are refreshed in the same
 * transaction; anyone lists a creator's reviews.
 */
public final class ReviewService {
    private final OrderRepository orders;
    private final ReviewRepository reviews;
    private final FindUsers users;
    private final CreatorStats creatorStats;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public ReviewService(OrderRepository orders, ReviewRepository reviews, FindUsers users,
                         CreatorStats creatorStats, Transactions transactions, IdGenerator ids, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.users = Objects.requireNonNull(users, "users");
        this.creatorStats = Objects.requireNonNull(creatorStats, "creatorStats");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The order's brand reviews its creator.
     *
     * @return the stored review
     * @throws NotFound when the caller is not a party of the order (or it is unknown)
     * @throws Forbidden when the caller is the order's creator
     * @throws Conflict {@code ORDER_NOT_COMPLETED} before completion, {@code REVIEW_EXISTS} for a second review
     */
    public Review reviewOrder(Caller caller, UUID orderId, ReviewCommand command) {
        return transactions.inTransaction(() -> {
            Order order = orders.findById(orderId).orElseThrow(() -> new NotFound("No such order."));
            OrderParty party = order.partyOf(caller.userId(), false)
                    .orElseThrow(() -> new NotFound("No such order."));
            if (party != OrderParty.BRAND) {
                throw new Forbidden("Only the brand that ordered can review the creator.");
            }
            if (order.status() != OrderStatus.COMPLETED) {
                throw new Conflict("ORDER_NOT_COMPLETED", "You can review once the order is completed.");
            }
            Instant now = clock.instant();
            String brandName = users.findById(caller.userId()).map(User::name).orElse("");
            Review review = new Review(ids.newId(), orderId, order.brandId(), brandName, order.creatorId(),
                    command.rating(), command.comment(), now);
            if (!reviews.insert(review)) {
                throw new Conflict("REVIEW_EXISTS", "You already reviewed this order.");
            }
            creatorStats.refresh(order.creatorId(), now);
            return review;
        });
    }

    /** The creator's reviews, newest first (public). @throws io.ensemble.shared.errors.ValidationFailed for a foreign cursor */
    public Page<Review> creatorReviews(UUID creatorId, PageRequest page) {
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(reviews.forCreator(creatorId, after, page.limit() + 1), page.limit(),
                r -> new Cursor(r.createdAt(), r.id()).encode());
    }
}
