package io.ensemble.web.ratelimit;

import io.ensemble.identity.SmsBudget;
import java.util.Optional;

/**
 * The toll-fraud guard on texted codes (issue 23 §1) over the service's rate limiters: one budget per
 * destination number and one per client address, so neither one number can be flooded nor one client
 * text many numbers. Both are shared across nodes when the limiters are.
 */
public final class SmsRateLimits implements SmsBudget {
    private final RateLimiter perNumber;
    private final RateLimiter perAddress;

    /**
     * @param perNumber texts per destination number and window
     * @param perAddress texts per client address and window
     */
    public SmsRateLimits(RateLimiter perNumber, RateLimiter perAddress) {
        this.perNumber = perNumber;
        this.perAddress = perAddress;
    }

    /** @throws io.ensemble.shared.errors.RateLimited when either budget is spent */
    @Override
    public void spend(String toE164, Optional<String> clientAddress) {
        perAddress.acquire(clientAddress.orElse("-"));
        perNumber.acquire(toE164);
    }
}
