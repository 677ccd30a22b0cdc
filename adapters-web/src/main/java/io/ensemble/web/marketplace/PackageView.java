package io.ensemble.web.marketplace;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ensemble.marketplace.CreatorPackage;
import io.ensemble.web.payments.MoneyView;
import java.time.Instant;

/**
 * A package (issue 8 §1): {@code {id, creatorId, title, platform, contentType, quantity, revisions,
 * durationDays, price: {amount, currency}, description, active, createdAt, updatedAt,
 * contentDurationSeconds?}} (the video length in seconds, absent when not given; issue 23 §5).
 */
public record PackageView(String id, String creatorId, String title, String platform, String contentType,
                          int quantity, int revisions, int durationDays, MoneyView price, String description,
                          boolean active, Instant createdAt, Instant updatedAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Integer contentDurationSeconds) {
    /** @return the view of {@code p} */
    public static PackageView of(CreatorPackage p) {
        return new PackageView(p.id().toString(), p.creatorId().toString(), p.title(), p.platform(), p.contentType(),
                p.quantity(), p.revisions(), p.durationDays(), MoneyView.of(p.price()), p.description(), p.active(),
                p.createdAt(), p.updatedAt(),
                p.contentSeconds().isPresent() ? p.contentSeconds().getAsInt() : null);
    }
}
