package io.ensemble.agency;

import io.ensemble.identity.Caller;
import io.ensemble.identity.FindUsers;
import io.ensemble.notifications.NewNotification;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.notifications.NotificationType;
import io.ensemble.payments.PayoutStatus;
import io.ensemble.shared.errors.Conflict;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.Validator;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.outbox.Outbox;
import io.ensemble.shared.outbox.OutboxEvent;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Member payouts of issue 22 §1 over the one payouts ledger shared with the marketplace: admins create
 * (PENDING, source AGENCY), settle (PAID, or FAILED with a note) and list every row; members read their own
 * (another's answers {@link NotFound}). Every create and settle notifies the member (type
 * {@link NotificationType#PAYOUT_UPDATED}) and writes {@link AgencyOpsEvent.PayoutUpdated} to the outbox in
 * the same transaction ({@code payout_updated} to their sockets after commit).
 */
public final class MemberPayoutService {
    /** Most rows one list answers. */
    public static final int MAX_LIST = 200;

    private final MemberPayoutRepository payouts;
    private final FindUsers users;
    private final NotificationPublisher notifications;
    private final Outbox outbox;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the ports. */
    public MemberPayoutService(MemberPayoutRepository payouts, FindUsers users,
                               NotificationPublisher notifications, Outbox outbox, Transactions transactions,
                               IdGenerator ids, Clock clock) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.users = Objects.requireNonNull(users, "users");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a PENDING payout to a member (ADMIN only).
     *
     * @throws io.ensemble.shared.errors.Forbidden for a non-admin
     * @throws io.ensemble.shared.errors.ValidationFailed naming the field (an unknown or inactive user: {@code userId})
     */
    public MemberPayout create(Caller caller, PayoutDraft draft) {
        AgencyAccess.requireAdmin(caller);
        PayoutDraft.Valid v = draft.validate();
        AgencyAccess.requireActiveUsers(users, "userId", List.of(v.userId()));
        Instant now = clock.instant();
        MemberPayout p = new MemberPayout(ids.newId(), v.userId(), MemberPayout.Source.AGENCY, Optional.empty(),
                v.amount(), v.currency(), v.description(), PayoutStatus.PENDING, Optional.empty(), now, now);
        return transactions.inTransaction(() -> {
            payouts.insert(p);
            announce(caller, p, now);
            return p;
        });
    }

    /**
     * Settles a PENDING agency payout (ADMIN only): {@code status} {@code paid} or {@code failed} (then
     * {@code note} is required).
     *
     * @throws NotFound for an unknown id or a marketplace row (those settle through the payments context)
     * @throws Conflict ({@code PAYOUT_SETTLED}) when it is not PENDING any more
     */
    public MemberPayout settle(Caller caller, UUID id, String status, String note) {
        AgencyAccess.requireAdmin(caller);
        Validator v = new Validator();
        String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        v.check(s.equals("paid") || s.equals("failed"), "status", "must be paid or failed");
        v.check(!s.equals("failed") || (note != null && !note.isBlank()), "note", "is required when it failed");
        v.maxLength("note", note, 1000).throwIfInvalid();
        PayoutStatus next = s.equals("paid") ? PayoutStatus.PAID : PayoutStatus.FAILED;
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            MemberPayout old = payouts.findById(id).filter(p -> p.source() == MemberPayout.Source.AGENCY)
                    .orElseThrow(MemberPayoutService::notFound);
            MemberPayout p = payouts.settle(id, next, Optional.ofNullable(note).filter(n -> !n.isBlank())
                    .map(String::strip), now).orElseThrow(() -> new Conflict("PAYOUT_SETTLED",
                    "The payout was already settled (" + old.status() + ")."));
            announce(caller, p, now);
            return p;
        });
    }

    /** @return one ledger row: an admin any, a member their own @throws NotFound otherwise */
    public MemberPayout payout(Caller caller, UUID id) {
        return payouts.findById(id).filter(p -> AgencyAccess.admin(caller) || p.userId().equals(caller.userId()))
                .orElseThrow(MemberPayoutService::notFound);
    }

    /** @return ledger rows newest first: an admin's filtered, a member's own (their {@code userId} filter forced) */
    public List<MemberPayout> list(Caller caller, MemberPayoutRepository.Filter filter) {
        MemberPayoutRepository.Filter f = AgencyAccess.admin(caller) ? filter
                : new MemberPayoutRepository.Filter(Optional.of(caller.userId()), filter.status(), filter.source(),
                filter.from(), filter.to());
        return payouts.list(f, MAX_LIST);
    }

    /**
     * Totals per member and currency over {@code [from, to)} of both sources: an admin's for everyone (or
     * {@code userId}), a member's own.
     *
     * @throws io.ensemble.shared.errors.ValidationFailed ({@code to}) when {@code to} is not after {@code from}
     */
    public List<MemberPayoutRepository.Total> totals(Caller caller, Optional<UUID> userId, Instant from, Instant to) {
        new Validator().check(to.isAfter(from), "to", "must be after from").throwIfInvalid();
        Optional<UUID> who = AgencyAccess.admin(caller) ? userId : Optional.of(caller.userId());
        return payouts.totals(who, from, to);
    }

    private void announce(Caller admin, MemberPayout p, Instant now) {
        String amount = p.amount() + " " + p.currency() + " (minor units)";
        notifications.publish(new NewNotification(p.userId(), NotificationType.PAYOUT_UPDATED,
                "Payout " + p.status().name().toLowerCase(Locale.ROOT), "A payout of " + amount + " is "
                + p.status().name().toLowerCase(Locale.ROOT) + ".", Optional.of(admin.userId()), Optional.of(p.id())));
        outbox.append(new OutboxEvent(ids.newId(), p.userId(),
                new AgencyOpsEvent.PayoutUpdated(p.id(), p.status().name().toLowerCase(Locale.ROOT)), now));
    }

    private static NotFound notFound() {
        return new NotFound("No such payout.");
    }
}
