package io.ensemble.integrations.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.identity.SmsSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * {@code sms: {type: twilio, accountSid, authToken, from, messagingServiceSid, baseUrl, timeoutMs}}
 * (env {@code SMS=twilio}, {@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN}, {@code TWILIO_FROM} or
 * {@code TWILIO_MESSAGING_SERVICE_SID}, {@code TWILIO_BASE_URL}): Twilio's Programmable Messaging REST API.
 * Twilio's Java SDK builds its URLs from fixed domains, so this adapter calls the documented REST API
 * itself, which lets tests and proxies point {@code baseUrl} elsewhere.
 */
@JsonTypeName("twilio")
@JsonIgnoreProperties(ignoreUnknown = true)
public class TwilioSmsSenderFactory implements SmsSenderFactory {
    @JsonProperty
    private String accountSid = "";
    @JsonProperty
    private String authToken = "";
    @JsonProperty
    private String from = "";
    @JsonProperty
    private String messagingServiceSid = "";
    @JsonProperty
    private String baseUrl = "https://api.twilio.com";
    @JsonProperty
    private int timeoutMs = 10_000;

    /**
     * @return a {@link TwilioSmsSender}
     * @throws IllegalStateException when the account SID, auth token, or both sender options are missing
     */
    @Override
    public SmsSender build() {
        if (blank(accountSid) || blank(authToken)) {
            throw new IllegalStateException("sms.type is twilio but TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is not set");
        }
        if (blank(from) && blank(messagingServiceSid)) {
            throw new IllegalStateException("sms.type is twilio but neither TWILIO_FROM nor TWILIO_MESSAGING_SERVICE_SID is set");
        }
        Duration timeout = Duration.ofMillis(timeoutMs);
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        String sender = blank(messagingServiceSid) ? from : messagingServiceSid;
        return new TwilioSmsSender(URI.create(baseUrl), accountSid, authToken, sender, !blank(messagingServiceSid),
                http, timeout);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
