package io.ensemble.integrations.sms;

import io.ensemble.identity.SmsSender;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a text through Twilio: {@code POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form fields {@code To}, {@code Body} and {@code From} or {@code MessagingServiceSid}, HTTP Basic
 * (account SID : auth token). 201 with the message resource is success; Twilio's number errors
 * (21211 invalid To, 21614 not a mobile number, 21408 region not enabled) are the caller's bad number;
 * any other answer, a timeout or a refused connection is the provider being down.
 */
final class TwilioSmsSender implements SmsSender {
    private static final Set<Integer> BAD_NUMBER = Set.of(21211, 21614, 21408, 21610);
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d+)");
    private final URI messages;
    private final String authorization;
    private final String sender;
    private final boolean messagingService;
    private final HttpClient http;
    private final Duration timeout;

    TwilioSmsSender(URI baseUrl, String accountSid, String authToken, String sender, boolean messagingService,
                    HttpClient http, Duration timeout) {
        String root = baseUrl.toString().replaceAll("/+$", "");
        this.messages = URI.create(root + "/2010-04-01/Accounts/" + accountSid + "/Messages.json");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.sender = sender;
        this.messagingService = messagingService;
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * @throws ValidationFailed naming {@code phone} when Twilio refuses the number
     * @throws ProviderUnavailable when Twilio cannot take the message
     */
    @Override
    public void send(String toE164, String text) {
        String form = "To=" + enc(toE164) + "&" + (messagingService ? "MessagingServiceSid=" : "From=") + enc(sender)
                + "&Body=" + enc(text);
        HttpRequest request = HttpRequest.newBuilder(messages).timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailable("The SMS provider is unreachable; try again later.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("The SMS provider is unreachable; try again later.", e);
        }
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        Matcher code = CODE.matcher(answer.body() == null ? "" : answer.body());
        if (status == 400 && code.find() && BAD_NUMBER.contains(Integer.parseInt(code.group(1)))) {
            throw new ValidationFailed(List.of(new FieldError("phone", "cannot receive text messages")));
        }
        throw new ProviderUnavailable("The SMS provider failed (HTTP " + status + "); try again later.");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
