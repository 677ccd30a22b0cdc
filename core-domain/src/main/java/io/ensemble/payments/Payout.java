package io.ensemble.payments;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the ledger of money owed to a user (issue 8 §3, seeds/003 §Payouts).
 *
 * @param gross what the brand paid for the order, minor units
 * @param fee the platform's share, minor units (see {@link PlatformFee})
 * @param net {@code gross - fee}, what the user is owed
 * @param providerRef the gateway's transfer id once one exists
 * @param note why an operator marked it PAID or FAILED
 * @param transferAttempts how many times the gateway was asked to transfer it (see {@link PayoutTransfers})
 * @param lastTransferError why the last transfer attempt failed, while it has not succeeded
 * @param nextTransferAt no transfer is attempted before this instant (retry backoff, or an attempt in
 *     progress); empty when one may be attempted now
 */
public record Payout(UUID id, UUID userId, UUID orderId, Money gross, long fee, Money net, PayoutStatus status,
                     Optional<String> providerRef, Optional<String> note, int transferAttempts,
                     Optional<String> lastTransferError, Optional<Instant> nextTransferAt, Instant createdAt,
                     Instant updatedAt) {
    /** A payout never attempted: no attempts, no error, no retry time. */
    public Payout(UUID id, UUID userId, UUID orderId, Money gross, long fee, Money net, PayoutStatus status,
                  Optional<String> providerRef, Optional<String> note, Instant createdAt, Instant updatedAt) {
        this(id, userId, orderId, gross, fee, net, status, providerRef, note, 0, Optional.empty(), Optional.empty(),
                createdAt, updatedAt);
    }

    public Payout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(lastTransferError, "lastTransferError");
        Objects.requireNonNull(nextTransferAt, "nextTransferAt");
        if (transferAttempts < 0) {
            throw new IllegalArgumentException("transferAttempts must not be negative");
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (fee < 0 || gross.amount() - fee != net.amount() || !gross.currency().equals(net.currency())) {
            throw new IllegalArgumentException("net must be gross minus fee in the same currency");
        }
    }
}
