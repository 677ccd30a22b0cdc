package io.ensemble.integrations.sms;

import io.ensemble.identity.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link SmsSender} for development and demos, like the log mailer: one INFO line per text, e.g.
 * {@code SMS to=+14155550100 body="Your Ensemble code is 123456. It expires in 10 minutes."}. The code
 * is logged on purpose, so use the {@code twilio} adapter in production.
 */
public final class LogSmsSender implements SmsSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogSmsSender.class);

    /** Logs the text at INFO on logger {@code io.ensemble.integrations.sms.LogSmsSender}; never fails. */
    @Override
    public void send(String toE164, String text) {
        LOG.info("{}", line(toE164, text));
    }

    /** @return {@code SMS to=<number> body="<text>"}, line breaks flattened and quotes escaped */
    static String line(String toE164, String text) {
        String body = text.strip().replaceAll("\\s*\\R\\s*", " ").replace("\\", "\\\\").replace("\"", "\\\"");
        return "SMS to=" + toE164 + " body=\"" + body + '"';
    }
}
