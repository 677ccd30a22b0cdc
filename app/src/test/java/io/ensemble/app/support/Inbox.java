package io.ensemble.app.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the codes the service mailed, from the GreenMail SMTP server, as a user reads their inbox. */
public final class Inbox {
    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");
    private final GreenMailExtension mail;

    public Inbox(GreenMailExtension mail) {
        this.mail = mail;
    }

    /** @return every mail received for {@code address}, oldest first */
    public List<MimeMessage> messagesFor(String address) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                for (var r : m.getRecipients(Message.RecipientType.TO)) {
                    if (r.toString().equalsIgnoreCase(address)) {
                        out.add(m);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** @return the 6-digit code in the newest mail to {@code address}, waiting up to 10 s for one */
    public String latestOtp(String address) {
        List<MimeMessage> messages = org.awaitility.Awaitility.await("a mail to " + address)
                .atMost(java.time.Duration.ofSeconds(10)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> messagesFor(address), m -> !m.isEmpty());
        return otpIn(messages.get(messages.size() - 1));
    }

    /** @return how many mails {@code address} received so far */
    public int count(String address) {
        return messagesFor(address).size();
    }

    private static String otpIn(MimeMessage message) {
        try {
            Matcher m = OTP.matcher(message.getContent().toString());
            if (!m.find()) {
                throw new AssertionError("no 6-digit code in mail");
            }
            return m.group(1);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
