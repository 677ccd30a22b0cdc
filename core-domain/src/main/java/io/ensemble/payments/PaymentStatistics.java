package io.ensemble.payments;

import io.ensemble.shared.stats.DailyAmount;
import io.ensemble.shared.stats.DateRange;
import java.util.List;

/** Payments' read port for the admin dashboard (issue 20 §3), computed in SQL; zero days are omitted. */
public interface PaymentStatistics {
    /** @return money captured for orders (payments now {@code SUCCEEDED}) per UTC day of the payment and currency, key {@code gross} */
    List<DailyAmount> grossOrderValue(DateRange range);

    /** @return platform fees kept on payouts (not {@code FAILED}) per UTC day the payout was created and currency, key {@code fees} */
    List<DailyAmount> platformFees(DateRange range);

    /** @return net payout amounts per UTC day created, currency and status, key {@code PENDING} or {@code PAID} */
    List<DailyAmount> payouts(DateRange range);
}
