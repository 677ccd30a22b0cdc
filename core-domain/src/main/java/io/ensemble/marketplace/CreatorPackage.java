package io.ensemble.marketplace;

import io.ensemble.payments.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A creator's offer (seeds/002 §Package & Order System, issue 8 §1).
 *
 * @param platform where the content is posted, e.g. {@code instagram}
 * @param contentType e.g. {@code reel}, {@code story}
 * @param quantity pieces of content, ≥ 1
 * @param revisions revisions included, ≥ 0 (caps {@code request_revision} on its orders)
 * @param durationDays days to deliver, ≥ 1
 * @param price in minor units
 * @param active false once the creator deactivated it (not listed, cannot be ordered)
 * @param contentSeconds the content's video length in seconds (seeds/002 {@code duration}, issue 23 §5), when given
 */
public record CreatorPackage(UUID id, UUID creatorId, String title, String platform, String contentType,
                             int quantity, int revisions, int durationDays, Money price, String description,
                             boolean active, Instant createdAt, Instant updatedAt, java.util.OptionalInt contentSeconds) {
    public CreatorPackage {
        Objects.requireNonNull(contentSeconds, "contentSeconds");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A package without a content length. */
    public CreatorPackage(UUID id, UUID creatorId, String title, String platform, String contentType, int quantity,
                          int revisions, int durationDays, Money price, String description, boolean active,
                          Instant createdAt, Instant updatedAt) {
        this(id, creatorId, title, platform, contentType, quantity, revisions, durationDays, price, description, active,
                createdAt, updatedAt, java.util.OptionalInt.empty());
    }

    /** @return this package with the command's fields and a new update time */
    public CreatorPackage with(PackageCommand c, Instant at) {
        return new CreatorPackage(id, creatorId, c.title(), c.platform(), c.contentType(), c.quantity(),
                c.revisions(), c.durationDays(), c.money(), c.description(), active, createdAt, at, c.contentLength());
    }
}
