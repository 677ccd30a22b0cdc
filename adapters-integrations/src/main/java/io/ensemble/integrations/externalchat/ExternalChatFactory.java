package io.ensemble.integrations.externalchat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Discoverable;
import io.ensemble.externalchat.ExternalChat;

/**
 * Chooses the hosted chat adapter in {@code config.yml} (DESIGN §Ports, issue 23 §4):
 * {@code externalChat: {type: stream, apiKey, apiSecret, baseUrl}} (on only when both keys are set) or
 * {@code {type: none}}. Implementations are listed in
 * {@code META-INF/services/io.ensemble.integrations.externalchat.ExternalChatFactory}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = NoExternalChatFactory.class)
public interface ExternalChatFactory extends Discoverable {
    /**
     * @param json the application's object mapper (for request bodies)
     * @return the adapter, {@link ExternalChat#DISABLED} when off
     * @throws IllegalStateException when only one of the keys is set, naming the missing variable
     */
    ExternalChat build(ObjectMapper json);
}
