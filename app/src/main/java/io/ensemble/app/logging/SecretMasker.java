package io.ensemble.app.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in a formatted log line (issue 28 "no tokens or passwords in logs"): the last safety net under
 * every appender, whatever logger or level produced the line.
 *
 * <p>Rules, each replacing the secret with {@value #MASK}:
 * <ul>
 *   <li>the value of a key ending in {@code password}, {@code passwd}, {@code passphrase}, {@code token},
 *       {@code secret}, {@code otp} or {@code apikey}/{@code api_key}/{@code api-key} (any case, any prefix:
 *       {@code newPassword}, {@code access_token}, {@code client_secret}, {@code X-Refresh-Token}) in the
 *       JSON ({@code "password":"…"}, also JSON-escaped inside a JSON log line), form or query
 *       ({@code token=…&}), header ({@code X-Api-Key: …}) and {@code toString} ({@code {secret=…}}) forms;</li>
 *   <li>the value of {@code code}, {@code otpCode}, {@code verificationCode}, {@code resetCode} or
 *       {@code authorizationCode} (OTP and OAuth codes), except an upper-case error code such as
 *       {@code "code":"VALIDATION_FAILED"}, which stays readable;</li>
 *   <li>the credentials of an {@code Authorization} or {@code Proxy-Authorization} header, whatever the scheme;</li>
 *   <li>the credentials after {@code Bearer} and, when they look like base64, after {@code Basic};</li>
 *   <li>anything shaped like a JWT ({@code eyJ….….…}).</li>
 * </ul>
 * {@code null}, {@code true}, {@code false} and empty values are left as they are.
 *
 * <p>Every rule needs one of a few words in the line ({@code pass}, {@code token}, {@code secret}, {@code otp},
 * {@code apikey}/{@code api_key}/{@code api-key}, {@code code}, {@code authorization}, {@code bearer},
 * {@code basic}, {@code eyJ}, any case), so a line holding none of them, such as most request-log lines, is
 * returned after one scan without running the rules (issue 25: the rules ran on every request-log line).
 */
public final class SecretMasker {
    /** What a secret is replaced with. */
    public static final String MASK = "***";

    private static final String KEY = "(?<![A-Za-z0-9_-])(?<key>[A-Za-z0-9_-]*(?:password|passwd|passphrase|token|secret"
            + "|otp|api[_-]?key)|(?:otp[_-]?|verification[_-]?|reset[_-]?|auth(?:orization)?[_-]?)?code)";
    private static final String VALUE = "(?:\\\\\"(?<escaped>(?:(?!\\\\\").)*)\\\\\""
            + "|\"(?<quoted>(?:[^\"\\\\]|\\\\.)*)\""
            + "|'(?<single>[^']*)'"
            + "|\\[(?<array>[^\\]]*)\\]"
            + "|(?<bare>[^\\s\"'\\\\&,;}\\])<>]+))";
    private static final Pattern KEY_VALUE = Pattern.compile(
            KEY + "(?:\\\\?[\"'])?[ \\t]*[:=][ \\t]*" + VALUE, Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(?<![A-Za-z0-9_-])((?:proxy-)?authorization"
            + "\\\\?[\"']?[ \\t]*[:=][ \\t]*\\\\?[\"']?(?:[A-Za-z]+[ \\t]+)?)[^\\s\"'\\\\,;}\\]]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(?<![A-Za-z0-9])(bearer)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern BASIC = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])(basic)\\s+(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,}=*");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern ESCAPED_STRING = Pattern.compile("\\\\\"(?:(?!\\\\\").)*\\\\\"");
    private static final Pattern QUOTED_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Z]+(?:_[A-Z]+)*");
    private static final Pattern KEPT = Pattern.compile("(?i)null|true|false|\\*\\*\\*");

    private SecretMasker() {
    }

    /**
     * @param line a formatted log line (text or JSON), may be {@code null}
     * @return the line with every secret replaced by {@value #MASK}; {@code null} for {@code null}
     */
    public static String mask(String line) {
        if (line == null || line.isEmpty() || !mayHoldSecret(line)) {
            return line;
        }
        return applyRules(line);
    }

    /** The rules alone, without the pre-check of {@link #mayHoldSecret}; {@code line} not null. */
    static String applyRules(String line) {
        String out = maskKeyValues(line);
        out = AUTHORIZATION.matcher(out).replaceAll("$1" + MASK);
        out = JWT.matcher(out).replaceAll(MASK);
        out = BEARER.matcher(out).replaceAll("$1 " + MASK);
        return BASIC.matcher(out).replaceAll("$1 " + MASK);
    }

    /**
     * One pass over {@code line} for the words every rule needs (a superset of what the rules match: the rules
     * fold ASCII case only, {@link String#regionMatches(boolean, int, String, int, int)} folds more).
     *
     * @return false only when no rule can match
     */
    static boolean mayHoldSecret(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            boolean hit = switch (Character.toLowerCase(line.charAt(i))) {
                case 'p' -> at(line, i, "pass");
                case 't' -> at(line, i, "token");
                case 's' -> at(line, i, "secret");
                case 'o' -> at(line, i, "otp");
                case 'c' -> at(line, i, "code");
                case 'e' -> at(line, i, "eyj");
                case 'b' -> at(line, i, "bearer") || at(line, i, "basic");
                case 'a' -> at(line, i, "authorization") || at(line, i, "apikey") || at(line, i, "api_key")
                        || at(line, i, "api-key");
                default -> false;
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(String line, int i, String word) {
        return line.regionMatches(true, i, word, 0, word.length());
    }

    private static String maskKeyValues(String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            String group = valueGroup(m);
            String value = m.group(group);
            if (keep(m.group("key"), value)) {
                continue;
            }
            out.append(line, last, m.start(group)).append(group.equals("array") ? maskArray(value) : MASK);
            last = m.end(group);
        } while (m.find());
        return out.append(line, last, line.length()).toString();
    }

    private static String valueGroup(Matcher m) {
        for (String g : new String[] {"escaped", "quoted", "single", "array"}) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return "bare";
    }

    /** Masks each string of a JSON array's contents, keeping the line valid JSON; other contents wholly. */
    private static String maskArray(String contents) {
        if (contents.contains("\\\"")) {
            return ESCAPED_STRING.matcher(contents).replaceAll(Matcher.quoteReplacement("\\\"" + MASK + "\\\""));
        }
        if (contents.contains("\"")) {
            return QUOTED_STRING.matcher(contents).replaceAll(Matcher.quoteReplacement("\"" + MASK + "\""));
        }
        return MASK;
    }

    private static boolean keep(String key, String value) {
        if (value.isEmpty() || KEPT.matcher(value).matches()) {
            return true;
        }
        return key.toLowerCase(java.util.Locale.ROOT).endsWith("code") && ERROR_CODE.matcher(value).matches();
    }
}
