package io.ensemble.integrations.externalchat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.externalchat.ExternalChat;

/** {@code externalChat: {type: none}}: no hosted chat; the native chat only. */
@JsonTypeName("none")
@JsonIgnoreProperties(ignoreUnknown = true)
public class NoExternalChatFactory implements ExternalChatFactory {
    /** @return {@link ExternalChat#DISABLED} */
    @Override
    public ExternalChat build(ObjectMapper json) {
        return ExternalChat.DISABLED;
    }
}
