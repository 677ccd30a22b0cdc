package io.ensemble.app.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.identity.SmsSender;
import io.ensemble.integrations.sms.LogSmsSenderFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sms: {type: capture}} for tests (issue 23 §1): the log sender's behaviour (the text is also
 * logged) plus a JVM-wide inbox per number, so a test reads the texted code like {@link Inbox} reads a
 * mailed one. Use a number no other test uses.
 */
@JsonTypeName("capture")
@JsonIgnoreProperties(ignoreUnknown = true)
public class CapturedSms extends LogSmsSenderFactory {
    private static final Map<String, List<String>> TEXTS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong NEXT =
            new java.util.concurrent.atomic.AtomicLong(java.util.concurrent.ThreadLocalRandom.current().nextLong(90_000));
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Override
    public SmsSender build() {
        SmsSender log = super.build();
        return (to, text) -> {
            log.send(to, text);
            TEXTS.computeIfAbsent(to, k -> new CopyOnWriteArrayList<>()).add(text);
        };
    }

    /** @return every text sent to {@code e164}, oldest first */
    public static List<String> texts(String e164) {
        return List.copyOf(TEXTS.getOrDefault(e164, List.of()));
    }

    /** @return the 6-digit code of the latest text to {@code e164} */
    public static String latestCode(String e164) {
        List<String> texts = texts(e164);
        if (texts.isEmpty()) {
            throw new AssertionError("no text to " + e164);
        }
        Matcher m = CODE.matcher(texts.get(texts.size() - 1));
        if (!m.find()) {
            throw new AssertionError("no code in " + texts.get(texts.size() - 1));
        }
        return m.group(1);
    }

    /** @return a fresh valid US number in E.164 ({@code +1 415 23x xxxx}), different on every call in this JVM */
    public static String uniqueUsNumber() {
        return String.format("+141523%05d", NEXT.getAndIncrement() % 100_000);
    }

    /** @return a fresh valid Indian mobile number in E.164 ({@code +91 987x xxxxxx}), different on every call in this JVM */
    public static String uniqueIndianNumber() {
        return String.format("+91987%07d", NEXT.getAndIncrement() % 10_000_000);
    }
}
