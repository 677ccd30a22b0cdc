package io.ensemble.integrations.mail;

import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends plain-text UTF-8 mail over SMTP (RFC 5321) with Angus Mail, the Jakarta Mail implementation
 * (see the {@code org.eclipse.angus.mail.smtp} package documentation for the {@code mail.smtp.*}
 * properties used). One connection per message; STARTTLS and SMTP AUTH as configured.
 */
public final class SmtpMailer implements Mailer {
    private final Session session;
    private final InternetAddress from;
    private final String username;
    private final String password;

    /**
     * @param config host, port, credentials, sender, STARTTLS and timeouts (milliseconds)
     * @throws IllegalArgumentException when the sender address is not a valid RFC 5322 address
     */
    public SmtpMailer(SmtpMailerFactory config) {
        this.username = config.getUsername();
        this.password = config.getPassword();
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", config.getHost());
        props.setProperty("mail.smtp.port", Integer.toString(config.getPort()));
        props.setProperty("mail.smtp.connectiontimeout", Integer.toString(config.getConnectTimeoutMs()));
        props.setProperty("mail.smtp.timeout", Integer.toString(config.getTimeoutMs()));
        props.setProperty("mail.smtp.writetimeout", Integer.toString(config.getTimeoutMs()));
        props.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        if (config.isStartTls()) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
            props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(props);
        try {
            this.from = new InternetAddress(config.getFrom(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("mail.from is not a valid address: " + config.getFrom(), e);
        }
    }

    /**
     * Sends one message to {@code message.to()}.
     *
     * @param message recipient, subject (line breaks become spaces) and plain-text body
     * @throws ProviderUnavailable when the server cannot be reached, refuses the message or times out
     */
    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject().replaceAll("[\\r\\n]+", " "), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            if (authenticates()) {
                Transport.send(mime, username, password);
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            throw new ProviderUnavailable("The mail server is unavailable; try again shortly.", e);
        }
    }

    private boolean authenticates() {
        return !username.isEmpty() && !password.isEmpty();
    }
}
