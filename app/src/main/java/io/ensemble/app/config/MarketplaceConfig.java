package io.ensemble.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.ensemble.marketplace.MarketplaceSettings;
import io.ensemble.payments.PlatformFee;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The {@code marketplace} section of config.yml (README §Marketplace and payments). */
public final class MarketplaceConfig {
    /** Platform share of each completed order, whole percent 0..99; env {@code PLATFORM_FEE_PERCENT}. */
    @JsonProperty
    @Min(0)
    @Max(99)
    private int platformFeePercent = 10;
    /** Time a brand has to review a delivery before it completes by itself; env {@code ORDER_REVIEW_WINDOW}. */
    @JsonProperty
    @NotNull
    private Duration reviewWindow = Duration.hours(72);

    /**
     * How often the {@code payouts-transfer} job transfers PENDING payouts whose payee can receive them
     * (Stripe); env {@code PAYOUT_TRANSFER_INTERVAL}.
     */
    @JsonProperty
    @NotNull
    private Duration payoutTransferInterval = Duration.minutes(5);

    /** @return the interval of the {@code payouts-transfer} job */
    public java.time.Duration payoutTransferInterval() {
        return payoutTransferInterval.toJavaDuration();
    }

    /** @return the fee rule */
    public PlatformFee platformFee() {
        return new PlatformFee(platformFeePercent);
    }

    /** @return the domain's view of this section */
    public MarketplaceSettings settings() {
        return new MarketplaceSettings(reviewWindow.toJavaDuration());
    }
}
