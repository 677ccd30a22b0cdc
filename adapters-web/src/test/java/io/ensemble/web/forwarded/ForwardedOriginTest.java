package io.ensemble.web.forwarded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardedOriginTest {
    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 2001:db8::/32");

    private static ForwardedOrigin xff(String forwardedFor, String proto) {
        return ForwardedOrigin.resolve(PROXIES, List.of(), forwardedFor == null ? List.of() : List.of(forwardedFor),
                proto == null ? List.of() : List.of(proto), List.of());
    }

    @Test
    void the_rightmost_untrusted_hop_is_the_client() {
        assertThat(xff("198.51.100.7, 203.0.113.9, 10.0.0.2", null).client()).contains("203.0.113.9");
        assertThat(xff("203.0.113.9", null).client()).contains("203.0.113.9");
    }

    @Test
    void a_spoofed_leftmost_entry_does_not_win() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address
        assertThat(xff("1.2.3.4, 203.0.113.9", null).client()).contains("203.0.113.9");
        // a spoofed trusted-looking entry is skipped like any trusted hop, the real client still wins
        assertThat(xff("10.0.0.9, 203.0.113.9, 10.0.0.2", null).client()).contains("203.0.113.9");
    }

    @Test
    void when_every_hop_is_trusted_the_leftmost_is_the_client() {
        assertThat(xff("10.0.0.5, 10.0.0.2", null).client()).contains("10.0.0.5");
    }

    @Test
    void several_header_lines_form_one_list_and_ports_are_dropped() {
        ForwardedOrigin o = ForwardedOrigin.resolve(PROXIES, List.of(),
                List.of("198.51.100.7", "203.0.113.9:5555, 10.0.0.2"), List.of(), List.of());
        assertThat(o.client()).contains("203.0.113.9");
    }

    @Test
    void proto_is_the_clients_entry_or_the_rightmost() {
        assertThat(xff("203.0.113.9, 10.0.0.2", "https, http").scheme()).contains("https");
        assertThat(xff("203.0.113.9, 10.0.0.2", "https").scheme()).contains("https");
        assertThat(xff("203.0.113.9", "ftp").scheme()).isEmpty();
        assertThat(xff(null, "HTTPS").scheme()).contains("https");
        assertThat(xff(null, "HTTPS").client()).isEmpty();
    }

    @Test
    void rfc_7239_forwarded_with_quotes_ipv6_proto_and_host() {
        ForwardedOrigin o = ForwardedOrigin.resolve(PROXIES,
                List.of("for=198.51.100.7;proto=http, for=\"[2001:db8:cafe::17]:4711\";proto=https;host=api.example.com",
                        "for=\"[2001:db8::2]\""),
                List.of("6.6.6.6"), List.of(), List.of());
        // 2001:db8::2 is trusted, 2001:db8:cafe::17 too (in 2001:db8::/32): the client is 198.51.100.7
        assertThat(o.client()).contains("198.51.100.7");
        assertThat(o.scheme()).contains("http");

        ForwardedOrigin direct = ForwardedOrigin.resolve(PROXIES,
                List.of("for=192.0.2.60;proto=https;host=\"api.example.com:8443\";by=203.0.113.43"),
                List.of(), List.of(), List.of());
        assertThat(direct.client()).contains("192.0.2.60");
        assertThat(direct.scheme()).contains("https");
        assertThat(direct.host()).contains("api.example.com:8443");
    }

    @Test
    void obfuscated_identifiers_and_bad_hosts() {
        ForwardedOrigin o = ForwardedOrigin.resolve(PROXIES, List.of("for=unknown;host=\"bad host/\""),
                List.of(), List.of(), List.of());
        assertThat(o.client()).contains("unknown");
        assertThat(o.host()).isEmpty();
        assertThat(xff("", null)).isEqualTo(new ForwardedOrigin(Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
