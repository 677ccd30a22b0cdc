package io.ensemble.integrations.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.identity.SmsSender;

/**
 * {@code sms: {type: log}}: the default, keyless adapter. The Twilio keys the shipped config.yml always
 * carries are ignored, so {@code SMS=log} and {@code SMS=twilio} switch adapters without editing the file.
 */
@JsonTypeName("log")
@JsonIgnoreProperties(ignoreUnknown = true)
public class LogSmsSenderFactory implements SmsSenderFactory {
    /** @return a {@link LogSmsSender} */
    @Override
    public SmsSender build() {
        return new LogSmsSender();
    }
}
