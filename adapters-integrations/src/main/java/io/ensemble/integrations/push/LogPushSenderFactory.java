package io.ensemble.integrations.push;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.notifications.PushSender;

/**
 * {@code push: {type: log}}: the default, keyless adapter. The FCM keys the shipped config.yml always
 * carries are ignored, so {@code PUSH=log} and {@code PUSH=fcm} switch without editing the file.
 */
@JsonTypeName("log")
@JsonIgnoreProperties(ignoreUnknown = true)
public class LogPushSenderFactory implements PushSenderFactory {
    /** @return a {@link LogPushSender} */
    @Override
    public PushSender build(ObjectMapper json) {
        return new LogPushSender();
    }
}
