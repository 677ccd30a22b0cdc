package io.ensemble.events.fakes;

import io.ensemble.payments.Money;
import io.ensemble.payments.PaymentGateway;
import io.ensemble.payments.PaymentStart;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link PaymentGateway} confirmed by an operator that records its calls and can be down. */
public final class FakeGateway implements PaymentGateway {
    public final List<UUID> started = new ArrayList<>();
    public final List<String> refunded = new ArrayList<>();
    public boolean down;

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public boolean operatorConfirmsPayments() {
        return true;
    }

    @Override
    public PaymentStart createPayment(UUID orderId, Money amount, Map<String, String> metadata) {
        requireUp();
        started.add(orderId);
        return new PaymentStart("fake_" + orderId, Optional.empty());
    }

    @Override
    public String refund(String providerRef, Money amount) {
        requireUp();
        refunded.add(providerRef);
        return "refund_" + providerRef;
    }

    @Override
    public Optional<String> payout(UUID payoutId, UUID userId, UUID orderId, Money amount) {
        return Optional.empty();
    }

    private void requireUp() {
        if (down) {
            throw new ProviderUnavailable("The fake gateway is down.");
        }
    }
}
