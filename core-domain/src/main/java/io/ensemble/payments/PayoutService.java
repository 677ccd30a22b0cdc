package io.ensemble.payments;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.audit.RequestOrigin;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.Forbidden;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.paging.Cursor;
import io.ensemble.shared.paging.Page;
import io.ensemble.shared.paging.PageRequest;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The payouts ledger (issue 8 §3, seeds/003 §Payouts): users read what they are owed, admins read
 * anyone's and settle a PENDING payout as PAID or FAILED after paying by hand.
 */
public final class PayoutService {
    private final PayoutRepository payouts;
    private final Transactions transactions;
    private final io.ensemble.shared.outbox.Outbox outbox;
    private final io.ensemble.shared.ids.IdGenerator ids;
    private final Clock clock;
    private final AuditRecorder audit;

    /** Wires the ports; {@code audit} records each settlement (issue 20 §2) in its transaction. */
    public PayoutService(PayoutRepository payouts, Transactions transactions, Clock clock, AuditRecorder audit,
                         io.ensemble.shared.outbox.Outbox outbox, io.ensemble.shared.ids.IdGenerator ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The caller's payouts, newest first. @throws io.ensemble.shared.errors.ValidationFailed for a foreign cursor */
    public Page<Payout> myPayouts(Caller caller, PageRequest page) {
        return page(caller.userId(), page);
    }

    /**
     * Another user's payouts (seeds/003 {@code GET /payouts/user/:userId}).
     *
     * @throws Forbidden when the caller is not an ADMIN
     */
    public Page<Payout> payoutsOf(Caller caller, UUID userId, PageRequest page) {
        requireAdmin(caller);
        return page(userId, page);
    }

    /**
     * Settles a PENDING payout (seeds/003 {@code PUT /payouts/:id}) and, in the same transaction,
     * appends a {@code payout_settled} audit record by the admin (status before → after, the note).
     *
     * @param origin the client address and request id the audit record keeps
     * @param next PAID or FAILED
     * @param note optional operator note (transfer reference, failure reason)
     * @throws Forbidden when the caller is not an ADMIN
     * @throws NotFound when there is no such payout
     * @throws Conflict {@code PAYOUT_SETTLED} when it is not PENDING any more;
     *     {@code TRANSFER_IN_PROGRESS} while an automatic transfer of it is being attempted
     */
    public Payout settle(Caller caller, UUID payoutId, SettlePayout command, RequestOrigin origin) {
        requireAdmin(caller);
        return transactions.inTransaction(() -> {
            Payout payout = payouts.findById(payoutId).orElseThrow(() -> new NotFound("No such payout."));
            Payout settled = payouts.settle(payout.id(), command.next(), command.reason(), clock.instant())
                    .orElseThrow(() -> payout.status() == PayoutStatus.PENDING
                            ? new Conflict("TRANSFER_IN_PROGRESS",
                                    "A transfer of this payout is being attempted; try again in a few minutes.")
                            : new Conflict("PAYOUT_SETTLED", "This payout is already " + payout.status()
                                    + "; only PENDING payouts can be settled."));
            audit.record(AuditEntry.by(caller.userId(), AuditAction.PAYOUT_SETTLED,
                            new AuditTarget("payout", payout.id().toString()))
                    .from(origin)
                    .with(FieldChange.of("status", payout.status().name(), settled.status().name()),
                            FieldChange.of("note", null, command.reason().orElse(null))));
            outbox.append(io.ensemble.shared.outbox.OutboxEvent.unaddressed(ids.newId(),
                    PayoutActivities.settled(settled, settled.status(), settled.updatedAt()), settled.updatedAt()));
            return settled;
        });
    }

    private Page<Payout> page(UUID userId, PageRequest page) {
        Optional<Cursor> after = page.cursor().map(Cursor::decode);
        return Page.fromOverfetch(payouts.forUser(userId, after, page.limit() + 1), page.limit(),
                p -> new Cursor(p.createdAt(), p.id()).encode());
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("Only an admin can do this.");
        }
    }
}
