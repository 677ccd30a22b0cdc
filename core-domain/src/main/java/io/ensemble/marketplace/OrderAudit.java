package io.ensemble.marketplace;

import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import java.util.Objects;
import java.util.UUID;

/**
 * The audit records of an admin's order transition (issue 20 §2), appended in the transition's
 * transaction: {@code dispute_resolved} for {@code resolve}, {@code order_transitioned} for any other
 * admin move ({@code record_payment}, {@code cancel}), and in addition {@code refund_issued} when the
 * move refunds the brand (resolved as REFUNDED, or a PAID order cancelled). Each names the order as
 * target and carries the {@code status} before → after and the {@code action}. Moves by the parties
 * or the system are not admin actions and are not recorded here.
 */
final class OrderAudit {
    private final AuditRecorder audit;

    OrderAudit(AuditRecorder audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Records {@code admin}'s move of {@code before} to {@code after} by {@code action}. */
    void adminMoved(UUID admin, Order before, Order after, OrderAction action, RequestOrigin origin) {
        AuditTarget target = new AuditTarget("order", before.id().toString());
        FieldChange status = FieldChange.of("status", before.status().name(), after.status().name());
        FieldChange move = FieldChange.of("action", null, action.wireName());
        AuditAction what = action == OrderAction.RESOLVE ? AuditAction.DISPUTE_RESOLVED : AuditAction.ORDER_TRANSITIONED;
        audit.record(AuditEntry.by(admin, what, target).from(origin).with(status, move));
        boolean refunded = after.status() == OrderStatus.REFUNDED
                || (after.status() == OrderStatus.CANCELLED && before.status() == OrderStatus.PAID);
        if (refunded) {
            audit.record(AuditEntry.by(admin, AuditAction.REFUND_ISSUED, target).from(origin)
                    .with(FieldChange.of("amount", null, before.price().amount() + " " + before.price().currency())));
        }
    }
}
