package io.ensemble.media;

import java.util.regex.Pattern;

/**
 * Decides whether a URL host is an IPv4 address written in a form other parsers read differently
 * (issue 28 §5). Browsers and curl follow the WHATWG URL standard: a host whose last label is a
 * number is an IPv4 address whose parts may be octal ({@code 0177.0.0.1}), hex ({@code 0x7f.0.0.1}),
 * fewer than four ({@code 127.1}) or one integer ({@code 2130706433}), all meaning 127.0.0.1, while
 * Java reads {@code 0177} as decimal 177. The image proxy accepts only canonical dotted-decimal
 * (four parts 0-255 without leading zeros), so it never disagrees about where a URL points.
 */
public final class NumericHost {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]*");
    private static final Pattern PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    private NumericHost() {
    }

    /**
     * @param host a URL's host as written, e.g. {@code 0177.0.0.1}; IPv6 literals in brackets and
     *     names are never ambiguous
     * @return whether the host is numeric (its last label is a decimal or {@code 0x} number, the
     *     WHATWG "ends in a number" rule) but not canonical dotted-decimal
     */
    public static boolean isAmbiguous(String host) {
        if (host == null || host.isEmpty() || host.startsWith("[")) {
            return false;
        }
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = trimmed.substring(trimmed.lastIndexOf('.') + 1);
        boolean numeric = !last.isEmpty() && (DIGITS.matcher(last).matches() || HEX.matcher(last).matches());
        return numeric && !isCanonicalDottedDecimal(host);
    }

    /** @return whether {@code host} is four decimal parts 0-255 without leading zeros, e.g. {@code 93.184.216.34} */
    public static boolean isCanonicalDottedDecimal(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
