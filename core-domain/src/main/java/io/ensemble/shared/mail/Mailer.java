package io.ensemble.shared.mail;

import io.ensemble.shared.errors.ProviderUnavailable;


/**
 * Sends email (DESIGN §Ports: adapters {@code log} and {@code smtp}).
 *
 * @throws ProviderUnavailable from {@link #send} when the mail server cannot be reached
 */
public interface Mailer {
    void send(MailMessage message);
}
