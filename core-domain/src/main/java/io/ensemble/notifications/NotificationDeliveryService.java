package io.ensemble.notifications;

import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued email and push deliveries after commit (issue 5 §4 "delivered … to the PushSender /
 * Mailer ports per user preference"). A failing provider never touches the in-app notification:
 * the delivery stays PENDING and is retried with exponential backoff ({@link #backoff}), and after
 * {@link #MAX_ATTEMPTS} it is marked FAILED with the last error. Push tokens the provider rejects
 * as unregistered are forgotten. Runs from a poller in the app ({@code notification-delivery}, {@code NotificationsWiring}).
 */
public final class NotificationDeliveryService {
    /** Sends tried before a delivery is FAILED: 1 + 5 retries (30 s, 1, 2, 4, 8 min later). */
    public static final int MAX_ATTEMPTS = 6;
    /** Delay before the first retry; doubled for each further one. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    /** How long a claimed delivery is held before another run may take it again (a crashed node). */
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final int ERROR_MAX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDeliveryService.class);

    private final DeliveryQueue queue;
    private final RecipientAddresses addresses;
    private final PushDevices devices;
    private final Mailer mailer;
    private final PushSender push;
    private final Clock clock;

    /** @param mailer the {@code MAIL} adapter; {@code push} the {@code PUSH} adapter */
    public NotificationDeliveryService(DeliveryQueue queue, RecipientAddresses addresses, PushDevices devices,
                                       Mailer mailer, PushSender push, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.push = Objects.requireNonNull(push, "push");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Claims up to {@code max} due deliveries and sends each; never throws for a provider failure.
     *
     * @return how many deliveries were attempted
     */
    public int deliverDue(int max) {
        List<PendingDelivery> due = queue.claimDue(clock.instant(), LEASE, max);
        due.forEach(this::deliver);
        return due.size();
    }

    /** @return the wait after the {@code attempt}-th failed send: 30 s × 2^(attempt-1) */
    public static Duration backoff(int attempt) {
        return FIRST_RETRY.multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
    }

    private void deliver(PendingDelivery d) {
        int attempt = d.attempts() + 1;
        try {
            Optional<String> skipped = d.channel() == NotificationChannel.EMAIL ? email(d) : push(d);
            if (skipped.isPresent()) {
                queue.markSkipped(d.id(), attempt, clock.instant(), skipped.get());
            } else {
                queue.markSent(d.id(), attempt, clock.instant());
            }
        } catch (RuntimeException e) {
            String error = error(e);
            Instant now = clock.instant();
            if (attempt >= MAX_ATTEMPTS) {
                LOG.warn("{} delivery {} failed for good after {} attempts: {}", d.channel(), d.id(), attempt, error);
                queue.markFailed(d.id(), attempt, now, error);
            } else {
                LOG.info("{} delivery {} failed (attempt {}), retried later: {}", d.channel(), d.id(), attempt, error);
                queue.retryLater(d.id(), attempt, now.plus(backoff(attempt)), error);
            }
        }
    }

    /** @return the reason when there is nobody to mail */
    private Optional<String> email(PendingDelivery d) {
        Optional<String> to = addresses.emailOf(d.userId());
        if (to.isEmpty()) {
            return Optional.of("recipient has no active account");
        }
        mailer.send(new MailMessage(to.get(), d.title(), d.body()
                + "\n\nOpen Ensemble to see it. You can choose which emails you get in your notification settings."));
        return Optional.empty();
    }

    /** @return the reason when the user has no device */
    private Optional<String> push(PendingDelivery d) {
        List<String> tokens = devices.tokensOf(d.userId());
        if (tokens.isEmpty()) {
            return Optional.of("no registered device");
        }
        Map<String, String> data = new java.util.LinkedHashMap<>();
        data.put("type", d.type().name());
        d.notificationId().ifPresent(id -> data.put("notificationId", id.toString()));
        d.subjectId().ifPresent(id -> data.put("subjectId", id.toString()));
        for (String token : tokens) {
            if (push.send(new PushMessage(token, d.title(), d.body(), data)) == PushResult.TOKEN_INVALID) {
                devices.forget(token);
            }
        }
        return Optional.empty();
    }

    private static String error(RuntimeException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > ERROR_MAX ? text.substring(0, ERROR_MAX) : text;
    }
}
