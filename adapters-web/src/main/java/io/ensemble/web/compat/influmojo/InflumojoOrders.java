package io.ensemble.web.compat.influmojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.ensemble.marketplace.Order;
import io.ensemble.marketplace.OrderDetails;
import io.ensemble.marketplace.OrderParty;
import io.ensemble.marketplace.PlaceOrder;
import io.ensemble.marketplace.TransitionCommand;
import io.ensemble.payments.Payment;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Seeds/002's {@code Order} (and {@code Payment}) model in and out of the dialect (issue 23 §6). */
final class InflumojoOrders {
    private InflumojoOrders() {
    }

    /**
     * {@code POST /orders/create}: {@code package_id}, {@code requirements}, {@code deadline}
     * ({@code 2026-12-31} or an ISO instant such as {@code 2026-12-31T00:00:00.000Z}, taken as its UTC date).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Create(String packageId, String requirements, String deadline) implements SeedBody {
        static final Create EMPTY = new Create(null, null, null);

        PlaceOrder command() {
            if (packageId == null || packageId.isBlank()) {
                throw new ValidationFailed(List.of(new FieldError("package_id", "is required")));
            }
            return new PlaceOrder(packageId, null, null, requirements, date(deadline), null, null);
        }

        private static String date(String value) {
            if (value == null || value.strip().length() <= 10) {
                return value;
            }
            try {
                return OffsetDateTime.parse(value.strip()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString();
            } catch (DateTimeParseException e) {
                return value;
            }
        }
    }

    /** {@code PUT /orders/:id/status}: {@code status} (the seed's value), {@code note}, {@code deliverables} (for {@code delivered}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StatusChange(String status, String note, List<String> deliverables) implements SeedBody {
        static final StatusChange EMPTY = new StatusChange(null, null, null);

        TransitionCommand command(String action, String outcome) {
            return new TransitionCommand(action, note, deliverables, outcome);
        }
    }

    /** The Prisma {@code Payment} of the order. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PaymentModel(String orderId, BigDecimal amount, String currency, String paymentMethod, String status,
                        String transactionId, Instant createdAt) {
        static PaymentModel of(Payment p) {
            return new PaymentModel(p.orderId().toString(), SeedMoney.decimal(p.amount()), p.amount().currency(),
                    p.provider(), p.status().name().toLowerCase(Locale.ROOT), p.providerRef(), p.createdAt());
        }
    }

    /**
     * The Prisma {@code Order}: {@code status} pending|paid|accepted|declined|in_progress|delivered|
     * revision_requested|completed|cancelled|disputed|refunded, {@code total_amount} decimal;
     * {@code allowed_statuses}: what the caller may move it to now; {@code payment} once started;
     * {@code client_secret} for a client-confirmed provider (Stripe) right after creation.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderModel(String id, String brandId, String creatorId,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String packageId, String title, String status,
                      BigDecimal totalAmount, String currency, String requirements,
                      @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate deadline, List<String> allowedStatuses,
                      @JsonInclude(JsonInclude.Include.NON_NULL) PaymentModel payment,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String clientSecret, Instant createdAt,
                      Instant updatedAt) {
        static OrderModel of(OrderDetails d, OrderParty party) {
            Order o = d.order();
            return new OrderModel(o.id().toString(), o.brandId().toString(), o.creatorId().toString(),
                    o.packageId().map(Object::toString).orElse(null), o.title(), SeedOrderStatus.of(o.status()),
                    SeedMoney.decimal(o.price()), o.price().currency(), o.requirements(), o.deadline().orElse(null),
                    List.copyOf(SeedOrderStatus.reachable(o, party, d.allowedActions())),
                    d.payment().map(PaymentModel::of).orElse(null), d.clientSecret().orElse(null), o.createdAt(),
                    o.updatedAt());
        }
    }
}
