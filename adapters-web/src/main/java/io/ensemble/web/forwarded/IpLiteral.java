package io.ensemble.web.forwarded;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses IP address literals without ever asking DNS (issue 29 §3): {@code 203.0.113.9},
 * {@code 2001:db8::1}, {@code [2001:db8::1]}, optionally followed by a port ({@code 203.0.113.9:4711},
 * {@code [2001:db8::1]:4711}), and quoted as RFC 7239 writes them. IPv4-mapped IPv6 addresses come
 * back as IPv4.
 */
final class IpLiteral {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    /** @return the address a node identifier names, or empty for anything else (names, {@code unknown}, {@code _hidden}) */
    static Optional<InetAddress> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = unquote(value.strip());
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            return v6(s.substring(1, end));
        }
        int colon = s.indexOf(':');
        if (colon >= 0 && colon == s.lastIndexOf(':')) {
            s = s.substring(0, colon); // IPv4 with a port
        }
        if (IPV4.matcher(s).matches()) {
            return literal(s);
        }
        return v6(s);
    }

    private static Optional<InetAddress> v6(String s) {
        return IPV6.matcher(s).matches() ? literal(s) : Optional.empty();
    }

    private static Optional<InetAddress> literal(String s) {
        try {
            return Optional.of(InetAddress.getByName(s)); // a literal by the patterns above: no lookup
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** @return {@code value} without surrounding double quotes */
    static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
