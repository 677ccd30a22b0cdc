package io.ensemble.integrations.push;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.notifications.PushSender;

/**
 * Chooses the {@link PushSender} adapter in {@code config.yml} (DESIGN §Ports): {@code push: {type: log}}
 * (default) or {@code push: {type: fcm, projectId: ..., credentialsFile: ...}}. Implementations are
 * listed in {@code META-INF/services/io.ensemble.integrations.push.PushSenderFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface PushSenderFactory extends Discoverable {
    /**
     * @param json the application's object mapper (for provider payloads)
     * @return a ready sender for the configured provider
     * @throws IllegalStateException when a required key is missing, naming the environment variable
     */
    PushSender build(ObjectMapper json);
}
