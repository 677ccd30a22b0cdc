package io.ensemble.payments;

/**
 * The platform's share of a completed order ({@code PLATFORM_FEE_PERCENT}, issue 8 §3).
 * Rounding rule: the fee is {@code floor(gross × percent / 100)} in minor units, computed in exact
 * integer arithmetic, so any fraction of a minor unit stays with the creator
 * (10 % of 1999 cents → fee 199, payout 1800).
 *
 * @param percent whole percent, 0..99 (the creator always keeps something)
 */
public record PlatformFee(int percent) {
    public PlatformFee {
        if (percent < 0 || percent > 99) {
            throw new IllegalArgumentException("platform fee percent must be 0..99, was " + percent);
        }
    }

    /**
     * @param gross minor units, positive
     * @return the fee in minor units, rounded down
     * @throws ArithmeticException when {@code gross × percent} overflows a long
     */
    public long feeOf(long gross) {
        return Math.multiplyExact(gross, (long) percent) / 100;
    }
}
