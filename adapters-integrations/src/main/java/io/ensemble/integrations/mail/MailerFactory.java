package io.ensemble.integrations.mail;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.shared.mail.Mailer;

/**
 * Chooses the {@link Mailer} adapter in {@code config.yml} (DESIGN §Ports), Dropwizard's polymorphic
 * configuration way: {@code mail: {type: log}} or {@code mail: {type: smtp, host: ..., port: ...}}.
 * Implementations are listed in {@code META-INF/services/io.ensemble.integrations.mail.MailerFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface MailerFactory extends Discoverable {
    /**
     * @return a ready mailer for the configured provider
     */
    Mailer build();
}
