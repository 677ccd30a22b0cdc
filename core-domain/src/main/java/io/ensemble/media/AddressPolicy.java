package io.ensemble.media;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Set;

/**
 * Which resolved addresses the image proxy may connect to. {@link #publicOnly()} is the production
 * policy: it refuses loopback, private, link-local (incl. cloud metadata 169.254.169.254),
 * CGNAT, multicast, unspecified, unique-local, documentation/benchmark and IPv4-mapped/compatible
 * forms of those. Tests inject {@link #allowingLoopbackPorts(Set)} to reach a server they control.
 */
@FunctionalInterface
public interface AddressPolicy {
    /** @return whether a connection to {@code address}:{@code port} is allowed */
    boolean permits(InetAddress address, int port);

    /** @return the production policy: public unicast addresses only */
    static AddressPolicy publicOnly() {
        return (address, port) -> isPublic(address);
    }

    /** @return the production policy, plus loopback on exactly the given ports (tests only) */
    static AddressPolicy allowingLoopbackPorts(Set<Integer> ports) {
        Set<Integer> allowed = Set.copyOf(ports);
        return (address, port) -> isPublic(address) || (address.isLoopbackAddress() && allowed.contains(port));
    }

    /** @return whether {@code address} is a public unicast address */
    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (embedsIpv4(b)) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc || first == 0xff || (first == 0xfe && (b[1] & 0xc0) == 0x80)
                    || (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8)
                    || (first == 0x20 && b[1] == 0x02) || (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
                    || (first == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
                return false; // ULA, multicast, link-local, documentation, 6to4, Teredo, NAT64
            }
            return !v6.isAnyLocalAddress() && !v6.isLoopbackAddress() && !v6.isSiteLocalAddress();
        }
        return address instanceof Inet4Address && isPublicV4(address.getAddress());
    }

    private static boolean embedsIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0;
        return mapped || compatible;
    }

    private static boolean isPublicV4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && c >= 64 && c <= 127)       // CGNAT 100.64/10
                || (a == 169 && c == 254)                  // link-local, cloud metadata
                || (a == 172 && c >= 16 && c <= 31)
                || (a == 192 && c == 168)
                || (a == 192 && c == 0 && (b[2] & 0xff) == 0)     // IETF protocol assignments
                || (a == 192 && c == 0 && (b[2] & 0xff) == 2)     // TEST-NET-1
                || (a == 198 && (c == 18 || c == 19))             // benchmarking
                || (a == 198 && c == 51 && (b[2] & 0xff) == 100)  // TEST-NET-2
                || (a == 203 && c == 0 && (b[2] & 0xff) == 113)); // TEST-NET-3
    }
}
