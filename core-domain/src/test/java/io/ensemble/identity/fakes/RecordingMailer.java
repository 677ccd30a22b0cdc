package io.ensemble.identity.fakes;

import io.ensemble.shared.mail.MailMessage;
import io.ensemble.shared.mail.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps every sent message; can be told to fail like an unreachable mail server. */
public final class RecordingMailer implements Mailer {
    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");

    private final List<MailMessage> sent = new ArrayList<>();
    private RuntimeException failure;

    @Override
    public synchronized void send(MailMessage message) {
        if (failure != null) {
            throw failure;
        }
        sent.add(message);
    }

    /** Every later {@link #send} throws {@code failure} until {@link #recover()}. */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public synchronized void recover() {
        this.failure = null;
    }

    public synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<MailMessage> sentTo(String to) {
        return sent.stream().filter(m -> m.to().equals(to)).toList();
    }

    public synchronized int count() {
        return sent.size();
    }

    public synchronized Optional<MailMessage> last() {
        return sent.isEmpty() ? Optional.empty() : Optional.of(sent.get(sent.size() - 1));
    }

    /** @return the 6-digit code in the newest mail to {@code to} */
    public synchronized String latestOtpTo(String to) {
        List<MailMessage> mine = sentTo(to);
        if (mine.isEmpty()) {
            throw new AssertionError("no mail was sent to " + to);
        }
        return otpIn(mine.get(mine.size() - 1));
    }

    /** @return the 6-digit code in {@code message}'s body */
    public static String otpIn(MailMessage message) {
        Matcher m = OTP.matcher(message.body());
        if (!m.find()) {
            throw new AssertionError("no 6-digit code in mail body: " + message.body());
        }
        return m.group(1);
    }
}
