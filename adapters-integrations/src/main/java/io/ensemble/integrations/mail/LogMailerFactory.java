package io.ensemble.integrations.mail;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.shared.mail.Mailer;

/**
 * {@code mail: {type: log}}: the default, keyless adapter that writes each mail to the log. The
 * SMTP keys the shipped config.yml always carries ({@code host}, {@code port}, ...) are ignored, so
 * {@code MAIL=log} and {@code MAIL=smtp} switch adapters without editing the file.
 */
@JsonTypeName("log")
@JsonIgnoreProperties(ignoreUnknown = true)
public class LogMailerFactory implements MailerFactory {
    /** @return a {@link LogMailer} */
    @Override
    public Mailer build() {
        return new LogMailer();
    }
}
