package io.ensemble.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformFeeTest {
    @Test
    void fee_is_rounded_down_so_the_fraction_stays_with_the_creator() {
        PlatformFee tenPercent = new PlatformFee(10);
        assertThat(tenPercent.feeOf(1999)).isEqualTo(199);
        assertThat(tenPercent.feeOf(9)).isZero();
        assertThat(new PlatformFee(15).feeOf(333)).isEqualTo(49);
        assertThat(new PlatformFee(0).feeOf(1_000_000)).isZero();
    }

    @Test
    void large_amounts_are_exact_and_overflow_is_refused() {
        assertThat(new PlatformFee(99).feeOf(Long.MAX_VALUE / 100)).isEqualTo((Long.MAX_VALUE / 100) * 99 / 100);
        assertThatThrownBy(() -> new PlatformFee(50).feeOf(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void percent_outside_0_to_99_is_refused() {
        assertThatThrownBy(() -> new PlatformFee(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlatformFee(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
