package io.ensemble.integrations.mail;

import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Mailer} for development and demos: instead of sending, it logs one INFO line per mail, e.g.
 * {@code MAIL to=alice@example.com subject="Verify your email" body="Hello Alice, Your code is 123456."}.
 * The body (which may hold a one-time code) is logged on purpose, so use the {@code smtp} adapter in
 * production.
 */
public final class LogMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(LogMailer.class);
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    /**
     * Logs the mail at INFO on logger {@code io.ensemble.integrations.mail.LogMailer}.
     *
     * @param message the mail; never fails
     */
    @Override
    public void send(MailMessage message) {
        LOG.info("{}", line(message));
    }

    /**
     * @param message a mail
     * @return its one-line form: {@code MAIL to=<address> subject="<subject>" body="<body>"}, line breaks
     *         (and the blanks around them) turned into one space and quotes escaped
     */
    static String line(MailMessage message) {
        return "MAIL to=" + flatten(message.to())
                + " subject=\"" + flatten(message.subject()) + '"'
                + " body=\"" + flatten(message.body()) + '"';
    }

    private static String flatten(String text) {
        return LINE_BREAKS.matcher(text.strip()).replaceAll(" ").replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
