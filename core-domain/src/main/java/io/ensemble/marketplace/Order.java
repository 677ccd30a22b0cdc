package io.ensemble.marketplace;

import io.ensemble.payments.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A brand's order of a creator's package or custom offer (issue 8 §2, seeds/002 §Order Table).
 *
 * @param packageId the ordered package; empty for a custom offer
 * @param price what the brand pays, minor units (copied from the package when ordered)
 * @param revisionsAllowed revisions included (from the package; 0 for a custom offer)
 * @param revisionsUsed how many {@code request_revision} were taken
 * @param deadline the brand's wished delivery date, when given
 * @param conversationId the GROUP conversation of the order (subject ORDER / order id)
 * @param deliverables links or media ids of the latest delivery
 * @param version bumped by every transition; updates are {@code WHERE version = ?}
 * @param deliveredAt when it last entered DELIVERED (starts the review window)
 */
public record Order(UUID id, UUID brandId, UUID creatorId, Optional<UUID> packageId, String title,
                    String requirements, Optional<LocalDate> deadline, Money price, int revisionsAllowed,
                    int revisionsUsed, OrderStatus status, UUID conversationId, List<String> deliverables,
                    long version, Optional<Instant> deliveredAt, Instant createdAt, Instant updatedAt) {
    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conversationId, "conversationId");
        deliverables = List.copyOf(deliverables);
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** @return the caller's side of this order: BRAND, CREATOR, ADMIN (not a party) or empty (a stranger) */
    public Optional<OrderParty> partyOf(UUID userId, boolean admin) {
        if (userId.equals(brandId)) {
            return Optional.of(OrderParty.BRAND);
        }
        if (userId.equals(creatorId)) {
            return Optional.of(OrderParty.CREATOR);
        }
        return admin ? Optional.of(OrderParty.ADMIN) : Optional.empty();
    }

    /**
     * @return the order after a transition into {@code next} at {@code at}: version + 1, revisions
     *     counted, deliverables replaced on delivery, delivery time stamped
     */
    public Order moved(OrderAction action, OrderStatus next, List<String> newDeliverables, Instant at) {
        int used = action == OrderAction.REQUEST_REVISION ? revisionsUsed + 1 : revisionsUsed;
        List<String> items = action == OrderAction.DELIVER ? newDeliverables : deliverables;
        Optional<Instant> delivered = next == OrderStatus.DELIVERED ? Optional.of(at) : deliveredAt;
        return new Order(id, brandId, creatorId, packageId, title, requirements, deadline, price, revisionsAllowed,
                used, next, conversationId, items, version + 1, delivered, createdAt, at);
    }
}
