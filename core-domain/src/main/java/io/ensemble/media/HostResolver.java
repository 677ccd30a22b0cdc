package io.ensemble.media;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to every address (the system resolver in production, a fake in tests). */
@FunctionalInterface
public interface HostResolver {
    /** @return every address of {@code host} */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** @return the JVM's resolver */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
