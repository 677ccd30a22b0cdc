package io.ensemble.identity;

import java.util.Optional;

/**
 * Port: the toll-fraud guard on sending codes by SMS (issue 23 §1): a limited number of texts per
 * destination number and per client address in a window.
 */
public interface SmsBudget {
    /**
     * Spends one text for {@code toE164} from {@code clientAddress}.
     *
     * @throws io.ensemble.shared.errors.RateLimited when either budget is spent
     */
    void spend(String toE164, Optional<String> clientAddress);

    /** A budget that never runs out (unit tests). */
    SmsBudget UNLIMITED = (to, address) -> { };
}
