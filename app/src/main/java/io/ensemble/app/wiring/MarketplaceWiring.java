package io.ensemble.app.wiring;

import io.dropwizard.core.setup.Environment;
import io.ensemble.app.jobs.Jobs;
import io.ensemble.marketplace.MarketplaceSettings;
import io.ensemble.marketplace.MessagingOrderConversations;
import io.ensemble.marketplace.OrderLifecycle;
import io.ensemble.marketplace.OrderService;
import io.ensemble.marketplace.PackageService;
import io.ensemble.marketplace.ReviewService;
import io.ensemble.messaging.SystemMessages;
import io.ensemble.notifications.NotificationPublisher;
import io.ensemble.payments.OrderPayments;
import io.ensemble.shared.audit.AuditRecorder;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.web.marketplace.OrderAdminResource;
import io.ensemble.web.marketplace.OrderResource;
import io.ensemble.web.marketplace.PackageResource;
import io.ensemble.web.marketplace.ReviewResource;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the marketplace context (issue 8 §1-3): packages, orders and their lifecycle, reviews, the
 * order conversations (over messaging's repositories), and the hourly job {@code orders-autocomplete}
 * (also an admin task, {@code POST /tasks/orders-autocomplete}) that completes deliveries whose
 * review window ended.
 */
public final class MarketplaceWiring {
    /** Name of the job (and admin task) that runs {@link OrderLifecycle#completeOverdueDeliveries}. */
    public static final String AUTOCOMPLETE_JOB = "orders-autocomplete";
    /** How often overdue deliveries are completed; the review window is counted in hours. */
    public static final Duration AUTOCOMPLETE_EVERY = Duration.ofHours(1);

    private MarketplaceWiring() {
    }

    /**
     * Builds the use cases over {@code db} and registers their routes and the auto-complete job.
     *
     * @param jobs where the hourly {@code orders-autocomplete} job is registered
     * @param notifications publishes ORDER_UPDATED inside each transition's transaction
     * @param payments the money side of transitions ({@link PaymentsWiring})
     * @param audit where admins' order moves are recorded (issue 20 §2)
     * @return the use cases, for scheduled jobs and the client profiles
     */
    public static Market register(Environment env, Persistence db, MarketplaceSettings settings,
                                   NotificationPublisher notifications, OrderPayments payments, Jobs jobs,
                                   AuditRecorder audit, IdGenerator ids, Clock clock) {
        var conversations = new MessagingOrderConversations(new SystemMessages(db.conversations, db.messages,
                db.outbox, ids));
        var orderService = new OrderService(db.orders, db.packages, db.users, db.idempotencyKeys,
                conversations, payments, db.transactions, ids, clock, db.outbox);
        var lifecycle = new OrderLifecycle(db.orders, payments, conversations, notifications, db.creatorStats,
                db.transactions, ids, clock, settings, audit, db.outbox);
        var reviews = new ReviewService(db.orders, db.reviews, db.users, db.creatorStats,
                db.transactions, ids, clock);
        var jersey = env.jersey();
        var packages = new PackageService(db.packages, db.transactions, ids, clock);
        jersey.register(new PackageResource(packages));
        jersey.register(new OrderResource(orderService, lifecycle, reviews));
        jersey.register(new OrderAdminResource(orderService));
        jersey.register(new ReviewResource(reviews));
        jobs.every(AUTOCOMPLETE_JOB, AUTOCOMPLETE_EVERY,
                now -> "completed " + lifecycle.completeOverdueDeliveries(now) + " orders");
        return new Market(lifecycle, orderService, packages, reviews);
    }

    /** The marketplace use cases, each built once: for the jobs, the payment webhooks and the client profiles. */
    public record Market(OrderLifecycle lifecycle, OrderService orders, PackageService packages,
                         ReviewService reviews) {
    }
}
