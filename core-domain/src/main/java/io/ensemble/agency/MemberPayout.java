package io.ensemble.agency;

import io.ensemble.payments.PayoutStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the payouts ledger as the agency sees it (issue 22 §1 Member payouts): the ledger is shared with
 * the marketplace ({@code payouts}), each row carrying its {@link Source}.
 *
 * @param amount      what the member is owed, minor units of {@code currency} (the ledger's net amount)
 * @param currency    ISO 4217 code, upper case
 * @param orderId     the marketplace order, for a {@link Source#ORDER} row
 * @param description what an admin wrote, for an {@link Source#AGENCY} row
 * @param note        why it was marked PAID or FAILED
 */
public record MemberPayout(UUID id, UUID userId, Source source, Optional<UUID> orderId, long amount, String currency,
                           Optional<String> description, PayoutStatus status, Optional<String> note,
                           Instant createdAt, Instant updatedAt) {
    /** Where a ledger row comes from. */
    public enum Source {
        /** A marketplace order's payout (issue 8 §3). */
        ORDER,
        /** A payout an agency admin created for a member (issue 22 §1). */
        AGENCY
    }

    /** @throws NullPointerException when a component is null */
    public MemberPayout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
