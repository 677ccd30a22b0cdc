package io.ensemble.web.forwarded;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The peers whose forwarding headers are believed ({@code TRUSTED_PROXIES}, issue 29 §3): a
 * comma-separated list of CIDR networks or addresses; empty trusts nobody.
 *
 * @param networks the trusted networks
 */
public record TrustedProxies(List<Cidr> networks) {
    public TrustedProxies {
        networks = List.copyOf(networks);
    }

    /**
     * @param list e.g. {@code "10.0.0.0/8, 2001:db8::/32, 127.0.0.1"}; blank for none
     * @throws IllegalArgumentException naming the first entry that is not a network
     */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return new TrustedProxies(List.of());
        }
        return new TrustedProxies(Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Cidr::parse).toList());
    }

    /** @return whether no peer is trusted */
    public boolean isEmpty() {
        return networks.isEmpty();
    }

    /** @return whether {@code address} is in one of the networks */
    public boolean trusts(InetAddress address) {
        for (Cidr c : networks) {
            if (c.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code node} (a header's node identifier) is an IP literal in one of the networks */
    boolean trusts(String node) {
        return IpLiteral.parse(node).map(this::trusts).orElse(false);
    }
}
