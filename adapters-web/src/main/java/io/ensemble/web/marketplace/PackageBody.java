package io.ensemble.web.marketplace;

import io.ensemble.marketplace.PackageCommand;
import io.ensemble.web.payments.PriceBody;

/**
 * Body of {@code POST /api/v1/packages} and {@code PUT /api/v1/packages/:id}: {@code {title,
 * platform, contentType, quantity, revisions, durationDays, price: {amount, currency}, description,
 * contentDurationSeconds?}} ({@code contentDurationSeconds}: the video length, issue 23 §5).
 * Other fields ({@code active}, {@code creatorId}) are ignored.
 */
public record PackageBody(String title, String platform, String contentType, Integer quantity, Integer revisions,
                          Integer durationDays, PriceBody price, String description,
                          Integer contentDurationSeconds) {
    static final PackageBody EMPTY = new PackageBody(null, null, null, null, null, null, null, null, null);

    /** @return the validated command. @throws io.ensemble.shared.errors.ValidationFailed naming each bad field */
    PackageCommand command() {
        return new PackageCommand(title, platform, contentType, quantity, revisions, durationDays,
                PriceBody.amountOf(price), PriceBody.currencyOf(price), description, contentDurationSeconds);
    }
}
