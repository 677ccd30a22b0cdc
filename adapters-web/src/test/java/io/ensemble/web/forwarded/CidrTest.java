package io.ensemble.web.forwarded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {
    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void ipv4_network_contains_its_addresses_only() throws Exception {
        Cidr net = Cidr.parse("10.1.0.0/16");
        assertThat(net.contains(ip("10.1.0.1"))).isTrue();
        assertThat(net.contains(ip("10.1.255.254"))).isTrue();
        assertThat(net.contains(ip("10.2.0.1"))).isFalse();
        assertThat(net.contains(ip("::ffff:10.1.2.3"))).as("IPv4-mapped is IPv4").isTrue();
        assertThat(net.contains(ip("2001:db8::1"))).isFalse();
    }

    @Test
    void prefix_lengths_that_do_not_end_on_a_byte() throws Exception {
        Cidr net = Cidr.parse("192.168.4.0/22");
        assertThat(net.contains(ip("192.168.7.255"))).isTrue();
        assertThat(net.contains(ip("192.168.8.0"))).isFalse();
        assertThat(net.contains(ip("192.168.3.255"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
    }

    @Test
    void single_addresses_are_full_length_networks() throws Exception {
        assertThat(Cidr.parse("127.0.0.1").contains(ip("127.0.0.1"))).isTrue();
        assertThat(Cidr.parse("127.0.0.1").contains(ip("127.0.0.2"))).isFalse();
        assertThat(Cidr.parse("::1").contains(ip("::1"))).isTrue();
        assertThat(Cidr.parse("::1").prefixLength()).isEqualTo(128);
    }

    @Test
    void ipv6_networks() throws Exception {
        Cidr net = Cidr.parse("2001:db8::/32");
        assertThat(net.contains(ip("2001:db8:ffff::1"))).isTrue();
        assertThat(net.contains(ip("2001:db9::1"))).isFalse();
        assertThat(net.contains(ip("10.0.0.1"))).isFalse();
        assertThat(Cidr.parse("fd00::/7").contains(ip("fdab::1"))).isTrue();
        assertThat(Cidr.parse("fd00::/7").contains(ip("fe00::1"))).isFalse();
    }

    @Test
    void rejects_names_bad_prefixes_and_ports_without_asking_dns() {
        for (String bad : new String[] {"localhost", "example.com/8", "10.0.0.0/33", "::/129", "10.0.0.0/-1",
                "10.0.0.0/x", "", "10.0.0.1:80", "[::1]", "1.2.3"}) {
            assertThatThrownBy(() -> Cidr.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void trusted_proxies_parse_a_comma_separated_list() throws Exception {
        TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 2001:db8::/32 ,127.0.0.1");
        assertThat(proxies.networks()).hasSize(3);
        assertThat(proxies.trusts(ip("10.9.9.9"))).isTrue();
        assertThat(proxies.trusts(ip("2001:db8::5"))).isTrue();
        assertThat(proxies.trusts(ip("192.0.2.1"))).isFalse();
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8,proxy.internal"))
                .hasMessageContaining("proxy.internal");
    }
}
