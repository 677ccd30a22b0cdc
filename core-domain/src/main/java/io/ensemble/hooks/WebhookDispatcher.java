package io.ensemble.hooks;

import io.ensemble.feed.FeedEntry;
import io.ensemble.feed.FeedEvents;
import io.ensemble.shared.transactions.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries (issue 26 §2). {@link #dispatch} (run by a db-scheduler job, so one
 * node at a time) leases endpoints that have due deliveries and hands each to a worker of the
 * {@link Executor}; a worker sends that endpoint's due deliveries one after the other in feed order
 * and renews the endpoint's lease before each. An endpoint is therefore sent to by one worker on one
 * node at a time, and a slow endpoint (up to the sender's 10 s timeout per attempt) only holds its
 * own worker, never other endpoints' deliveries nor the transaction that produced the event.
 *
 * <p>A failed attempt (non-2xx, timeout, refused address) is retried with exponential backoff and
 * full jitter ({@link #backoff}) until {@link #RETRY_WINDOW} after the delivery was enqueued, then
 * marked FAILED; the worker then leaves the endpoint until its next due time. An endpoint whose every
 * attempt failed for {@link #RETRY_WINDOW} is disabled and the admins are alerted.
 */
public final class WebhookDispatcher {
    /** How long a delivery is retried, and how long an endpoint may fail everything (3 days). */
    public static final Duration RETRY_WINDOW = Duration.ofDays(3);
    /** First retry delay; doubles per attempt. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** Longest retry delay. */
    public static final Duration MAX_RETRY = Duration.ofHours(6);
    /** Lease of an endpoint per attempt: longer than the sender's 10 s timeout. */
    public static final Duration LEASE = Duration.ofSeconds(60);
    /** Endpoints leased per dispatch. */
    public static final int MAX_ENDPOINTS = 50;
    /** Deliveries a worker sends before giving the endpoint back. */
    public static final int MAX_PER_LEASE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final FeedEvents feed;
    private final WebhookSender sender;
    private final EndpointAlerts alerts;
    private final Transactions transactions;
    private final Executor workers;
    private final Clock clock;
    private final DoubleSupplier jitter;

    /**
     * @param workers runs one endpoint's sends (bounded pool; a full pool gives the lease back)
     * @param jitter uniform random numbers in [0, 1) for the backoff jitter
     */
    public WebhookDispatcher(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, FeedEvents feed,
                             WebhookSender sender, EndpointAlerts alerts, Transactions transactions, Executor workers,
                             Clock clock, DoubleSupplier jitter) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /**
     * Leases endpoints with due deliveries and starts a worker for each.
     *
     * @return how many endpoints were handed to workers
     */
    public int dispatch() {
        Instant now = clock.instant();
        List<WebhookEndpoint> leased = endpoints.leaseDue(now, now.plus(LEASE), MAX_ENDPOINTS);
        int started = 0;
        for (WebhookEndpoint endpoint : leased) {
            try {
                workers.execute(() -> drain(endpoint));
                started++;
            } catch (RejectedExecutionException busy) {
                endpoints.releaseLease(endpoint.id());
            }
        }
        return started;
    }

    /** Sends the endpoint's due deliveries in feed order until none is due, one fails, or the batch ends. */
    void drain(WebhookEndpoint endpoint) {
        try {
            for (int i = 0; i < MAX_PER_LEASE; i++) {
                Instant now = clock.instant();
                endpoints.renewLease(endpoint.id(), now.plus(LEASE));
                Optional<WebhookDelivery> due = deliveries.nextDue(endpoint.id(), now);
                if (due.isEmpty() || !sendOne(endpoints.find(endpoint.id()).orElse(endpoint), due.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook worker for endpoint {} stopped: {}", endpoint.id(), e.toString());
        } finally {
            endpoints.releaseLease(endpoint.id());
        }
    }

    /** @return whether the delivery succeeded (or was settled without sending) */
    private boolean sendOne(WebhookEndpoint endpoint, WebhookDelivery delivery) {
        if (!endpoint.enabled()) {
            return false;
        }
        Optional<FeedEntry> event = feed.bySeq(delivery.eventSeq());
        Instant started = clock.instant();
        if (event.isEmpty()) {
            deliveries.recordAttempt(delivery.id(), DeliveryStatus.FAILED, new Attempt(Optional.empty(), 0,
                    Optional.of("event no longer in the feed (retention)")), started, Optional.empty());
            return true;
        }
        Attempt attempt = sender.send(endpoint, event.get(), delivery.id(), started.getEpochSecond());
        Instant at = clock.instant();
        if (attempt.succeeded()) {
            transactions.inTransaction(() -> {
                deliveries.recordAttempt(delivery.id(), DeliveryStatus.SUCCEEDED, attempt, at, Optional.empty());
                endpoints.find(endpoint.id()).filter(e -> e.failingSince().isPresent())
                        .ifPresent(e -> endpoints.update(failing(e, Optional.empty(), at)));
                return null;
            });
            return true;
        }
        failed(endpoint, delivery, attempt, at);
        return false;
    }

    private void failed(WebhookEndpoint endpoint, WebhookDelivery delivery, Attempt attempt, Instant at) {
        boolean givesUp = !at.isBefore(delivery.retryUntil());
        Optional<Instant> next = givesUp ? Optional.empty() : Optional.of(at.plus(backoff(delivery.attempts() + 1)));
        Optional<WebhookEndpoint> disabled = transactions.inTransaction(() -> {
            deliveries.recordAttempt(delivery.id(), givesUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, attempt,
                    at, next);
            WebhookEndpoint current = endpoints.find(endpoint.id()).orElse(endpoint);
            Instant since = current.failingSince().orElse(at);
            if (current.enabled() && !since.isAfter(at.minus(RETRY_WINDOW))) {
                WebhookEndpoint off = current.with(current.url(), current.types(), current.description(), false,
                        Optional.of("every delivery failed for 3 days"), at);
                endpoints.update(off);
                return Optional.of(off);
            }
            if (current.failingSince().isEmpty()) {
                endpoints.update(failing(current, Optional.of(at), at));
            }
            return Optional.<WebhookEndpoint>empty();
        });
        disabled.ifPresent(off -> {
            LOG.warn("webhook endpoint {} disabled: every delivery failed for 3 days", off.id());
            alerts.disabled(off);
        });
    }

    private static WebhookEndpoint failing(WebhookEndpoint e, Optional<Instant> since, Instant at) {
        return new WebhookEndpoint(e.id(), e.url(), e.types(), e.description(), e.secret(), e.enabled(),
                e.disabledReason(), since, e.createdBy(), e.createdAt(), at);
    }

    /**
     * Delay before attempt {@code attempt + 1}: {@link #FIRST_RETRY} × 2^(attempt-1), capped at
     * {@link #MAX_RETRY}, with full jitter between half and all of it.
     *
     * @param attempt attempts made so far, at least 1
     */
    public Duration backoff(int attempt) {
        long base = FIRST_RETRY.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long capped = Math.min(base, MAX_RETRY.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (jitter.getAsDouble() * (capped / 2)));
    }
}
