package io.ensemble.integrations.push;

import io.ensemble.notifications.PushMessage;
import io.ensemble.notifications.PushResult;
import io.ensemble.notifications.PushSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PushSender} for development and demos: logs one INFO line per push instead of sending,
 * with the device token shortened to its last 6 characters (tokens are credentials of a device).
 */
public final class LogPushSender implements PushSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogPushSender.class);

    /** Logs the push. @return always {@link PushResult#ACCEPTED} */
    @Override
    public PushResult send(PushMessage message) {
        LOG.info("PUSH device=…{} title=\"{}\" body=\"{}\" data={}", tail(message.deviceToken()), message.title(),
                message.body(), message.data());
        return PushResult.ACCEPTED;
    }

    /** @return the last 6 characters of {@code token} (all of it when shorter) */
    static String tail(String token) {
        return token.length() <= 6 ? token : token.substring(token.length() - 6);
    }
}
