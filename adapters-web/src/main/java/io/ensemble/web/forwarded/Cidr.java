package io.ensemble.web.forwarded;

import java.net.InetAddress;

/**
 * An IPv4 or IPv6 network in CIDR notation (issue 29 §3): {@code 10.0.0.0/8}, {@code 2001:db8::/32},
 * or a single address ({@code 127.0.0.1}, {@code ::1}) meaning /32 or /128.
 *
 * @param network the network's address bytes (4 or 16)
 * @param prefixLength how many leading bits must match (0 to 32, or 0 to 128)
 */
public record Cidr(byte[] network, int prefixLength) {
    /**
     * Parses one network.
     *
     * @throws IllegalArgumentException when {@code text} is not an IP literal with an optional
     *     prefix length that fits its family
     */
    public static Cidr parse(String text) {
        String s = text == null ? "" : text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        InetAddress ip = IpLiteral.parse(address).filter(a -> !address.contains("[") && !hasPort(address))
                .orElseThrow(() -> new IllegalArgumentException("not an IP network: '" + text + "'"));
        byte[] bytes = ip.getAddress();
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in '" + text + "'");
            }
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("prefix length out of range in '" + text + "'");
            }
        }
        return new Cidr(bytes, prefix);
    }

    private static boolean hasPort(String address) {
        int colon = address.indexOf(':');
        return colon >= 0 && colon == address.lastIndexOf(':');
    }

    /** @return whether {@code address} lies in this network (an address of the other family never does) */
    public boolean contains(InetAddress address) {
        byte[] other = address.getAddress();
        if (other.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (other[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (other[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (java.net.UnknownHostException e) {
            return "?/" + prefixLength;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefixLength == prefixLength && java.util.Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefixLength;
    }
}
