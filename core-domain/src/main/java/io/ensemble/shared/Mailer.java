package io.ensemble.shared;

/**
 * Sends email (DESIGN §Ports: adapters {@code log} and {@code smtp}).
 *
 * @throws ProviderUnavailable from {@link #send} when the mail server cannot be reached
 */
public interface Mailer {
    void send(MailMessage message);
}
