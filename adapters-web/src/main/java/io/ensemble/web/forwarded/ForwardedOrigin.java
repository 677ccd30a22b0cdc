package io.ensemble.web.forwarded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a request really came from, read from forwarding headers (issue 29 §3). Only called for a
 * request whose peer is a trusted proxy. The hops are those of RFC 7239 {@code Forwarded}
 * ({@code for=}, {@code proto=}, {@code host=} per element) when that header is present, else of
 * {@code X-Forwarded-For}; they are walked from the right, skipping trusted addresses, and the
 * first untrusted one is the client (the leftmost when all are trusted). The scheme and host are
 * those of the client's hop: its {@code proto=}/{@code host=}, or for {@code X-Forwarded-Proto} /
 * {@code X-Forwarded-Host} the value at the client's position when the list has one per hop, else
 * the rightmost value (written by the nearest proxy). A scheme other than http/https and a
 * malformed host are ignored.
 *
 * @param client the client's node identifier: an IP address (as written, without port) or an
 *     obfuscated token such as {@code unknown}; empty when no hop was given
 * @param scheme {@code http} or {@code https} when a proxy said so
 * @param host the host (and port) the client asked for, e.g. {@code api.example.com:8443}
 */
public record ForwardedOrigin(Optional<String> client, Optional<String> scheme, Optional<String> host) {
    private static final Pattern HOST = Pattern.compile(
            "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

    private record Hop(String node, String proto, String host) {
    }

    /**
     * @param trusted the trusted proxies (hops in them are skipped)
     * @param forwarded the {@code Forwarded} header values, in order
     * @param forwardedFor the {@code X-Forwarded-For} header values, in order
     * @param forwardedProto the {@code X-Forwarded-Proto} header values
     * @param forwardedHost the {@code X-Forwarded-Host} header values
     * @return what the headers say; every part empty when they say nothing usable
     */
    public static ForwardedOrigin resolve(TrustedProxies trusted, List<String> forwarded, List<String> forwardedFor,
                                          List<String> forwardedProto, List<String> forwardedHost) {
        List<Hop> hops = forwarded.isEmpty() ? xForwarded(forwardedFor) : rfc7239(forwarded);
        if (hops.isEmpty() && forwarded.isEmpty()) {
            return new ForwardedOrigin(Optional.empty(), pick(split(forwardedProto), -1, 0).flatMap(ForwardedOrigin::scheme),
                    pick(split(forwardedHost), -1, 0).filter(ForwardedOrigin::validHost));
        }
        int client = 0;
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.trusts(hops.get(i).node())) {
                client = i;
                break;
            }
        }
        Hop hop = hops.isEmpty() ? new Hop(null, null, null) : hops.get(client);
        Optional<String> node = Optional.ofNullable(hop.node()).map(ForwardedOrigin::withoutPort);
        if (!forwarded.isEmpty()) {
            return new ForwardedOrigin(node, Optional.ofNullable(hop.proto()).flatMap(ForwardedOrigin::scheme),
                    Optional.ofNullable(hop.host()).filter(ForwardedOrigin::validHost));
        }
        return new ForwardedOrigin(node,
                pick(split(forwardedProto), client, hops.size()).flatMap(ForwardedOrigin::scheme),
                pick(split(forwardedHost), client, hops.size()).filter(ForwardedOrigin::validHost));
    }

    /** @return the value at {@code index} when the list has {@code hops} values, else the rightmost */
    private static Optional<String> pick(List<String> values, int index, int hops) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.size() == hops && index >= 0 ? values.get(index) : values.get(values.size() - 1));
    }

    private static Optional<String> scheme(String value) {
        String s = value.strip().toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https") ? Optional.of(s) : Optional.empty();
    }

    private static boolean validHost(String value) {
        return HOST.matcher(value).matches();
    }

    private static List<Hop> xForwarded(List<String> values) {
        return split(values).stream().map(v -> new Hop(v, null, null)).toList();
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** RFC 7239: elements separated by commas, pairs by semicolons, values possibly quoted. */
    private static List<Hop> rfc7239(List<String> values) {
        List<Hop> hops = new ArrayList<>();
        for (String v : values) {
            for (String element : splitOutsideQuotes(v, ',')) {
                String node = null;
                String proto = null;
                String host = null;
                for (String pair : splitOutsideQuotes(element, ';')) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                    String value = IpLiteral.unquote(pair.substring(eq + 1).strip());
                    switch (name) {
                        case "for" -> node = value;
                        case "proto" -> proto = value;
                        case "host" -> host = value;
                        default -> { }
                    }
                }
                if (node != null || proto != null || host != null) {
                    hops.add(new Hop(node == null ? "unknown" : node, proto, host));
                }
            }
        }
        return hops;
    }

    private static List<String> splitOutsideQuotes(String s, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** @return an address without its port or brackets ({@code [2001:db8::1]:80} → {@code 2001:db8::1}) */
    private static String withoutPort(String node) {
        return IpLiteral.parse(node).map(java.net.InetAddress::getHostAddress).orElse(node);
    }
}
