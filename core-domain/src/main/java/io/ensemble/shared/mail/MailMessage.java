package io.ensemble.shared.mail;

import java.util.Objects;

/** A plain-text email: recipient address, subject and body. */
public record MailMessage(String to, String subject, String body) {
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
