package io.ensemble.integrations.sms;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.identity.SmsSender;

/**
 * Chooses the {@link SmsSender} adapter in {@code config.yml} (issue 23 §1), like mail and push:
 * {@code sms: {type: log}} (default) or {@code sms: {type: twilio, accountSid, authToken, from | messagingServiceSid}}.
 * Implementations are listed in {@code META-INF/services/io.ensemble.integrations.sms.SmsSenderFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface SmsSenderFactory extends Discoverable {
    /** @return a ready sender for the configured provider */
    SmsSender build();
}
