package io.ensemble.persistence.payments;

import io.ensemble.payments.PaymentStatistics;
import io.ensemble.persistence.database.DailyRows;
import io.ensemble.persistence.database.JdbiHandles;
import io.ensemble.persistence.database.JdbiRepository;
import io.ensemble.shared.stats.DailyAmount;
import io.ensemble.shared.stats.DateRange;
import java.util.List;

/**
 * {@link PaymentStatistics} on {@code payments} and {@code payouts}, over their {@code created_at}
 * indexes (migration {@code payments/005}).
 */
public final class JdbiPaymentStatistics extends JdbiRepository implements PaymentStatistics {
    private static final String GROSS = "SELECT " + DailyRows.utcDay("created_at") + " AS day, 'gross' AS key, currency, "
            + "sum(amount) AS amount, count(*) AS n FROM payments WHERE status = 'SUCCEEDED' "
            + "AND created_at >= :start AND created_at < :end GROUP BY 1, 3";
    private static final String FEES = "SELECT " + DailyRows.utcDay("created_at") + " AS day, 'fees' AS key, currency, "
            + "sum(fee_amount) AS amount, count(*) AS n FROM payouts WHERE status <> 'FAILED' "
            + "AND created_at >= :start AND created_at < :end GROUP BY 1, 3";
    private static final String PAYOUTS = "SELECT " + DailyRows.utcDay("created_at") + " AS day, status AS key, currency, "
            + "sum(net_amount) AS amount, count(*) AS n FROM payouts WHERE status IN ('PENDING', 'PAID') "
            + "AND created_at >= :start AND created_at < :end GROUP BY 1, 2, 3";


    /** @param handles the handle provider */
    public JdbiPaymentStatistics(JdbiHandles handles) {
        super(handles);
    }

    @Override
    public List<DailyAmount> grossOrderValue(DateRange range) {
        return DailyRows.amounts(handles, GROSS, range);
    }

    @Override
    public List<DailyAmount> platformFees(DateRange range) {
        return DailyRows.amounts(handles, FEES, range);
    }

    @Override
    public List<DailyAmount> payouts(DateRange range) {
        return DailyRows.amounts(handles, PAYOUTS, range);
    }
}
