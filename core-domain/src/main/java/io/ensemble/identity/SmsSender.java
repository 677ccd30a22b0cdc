package io.ensemble.identity;

/**
 * Port: sends a text message (issue 23 §1). Adapters: {@code log} (writes the text with the number on
 * a log line) and {@code twilio}.
 */
public interface SmsSender {
    /**
     * Sends {@code text} to {@code toE164}.
     *
     * @param toE164 the number in E.164, e.g. {@code +14155550100}
     * @param text the message, at most a few hundred characters
     * @throws io.ensemble.shared.errors.ProviderUnavailable when the provider cannot take the message
     */
    void send(String toE164, String text);
}
