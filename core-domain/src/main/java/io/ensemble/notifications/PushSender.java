package io.ensemble.notifications;

/**
 * Sends push notifications to devices (DESIGN §Ports: adapters {@code log}, the default, and
 * {@code fcm}, Firebase Cloud Messaging HTTP v1).
 */
public interface PushSender {
    /**
     * Sends one message to one device.
     *
     * @return {@link PushResult#ACCEPTED}, or {@link PushResult#TOKEN_INVALID} when the device token
     *     must be forgotten
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider cannot be reached, rate-limits
     *     or fails; the delivery is retried later
     */
    PushResult send(PushMessage message);
}
