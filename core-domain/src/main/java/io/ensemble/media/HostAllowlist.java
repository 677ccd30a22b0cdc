package io.ensemble.media;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The image proxy's optional host allowlist (issue 7 §3): empty allows every host (the address checks
 * still apply); otherwise a host is allowed when it equals an entry or is a subdomain of one, so
 * {@code cdninstagram.com} allows {@code scontent-lhr8-1.cdninstagram.com} but not {@code evilcdninstagram.com}.
 *
 * @param domains lower-case domain names without a leading dot
 */
public record HostAllowlist(Set<String> domains) {

    /** Normalizes entries (trimmed, lower case, leading dots removed; blanks dropped). */
    public HostAllowlist {
        domains = domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.+", ""))
                .filter(d -> !d.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** @return the allowlist that permits every host */
    public static HostAllowlist any() {
        return new HostAllowlist(Set.of());
    }

    /** @param domains entries as configured, e.g. from a comma-separated variable */
    public static HostAllowlist of(Collection<String> domains) {
        return new HostAllowlist(Set.copyOf(domains));
    }

    /**
     * @param host a URL's host name
     * @return whether the proxy may fetch from it
     */
    public boolean permits(String host) {
        if (domains.isEmpty()) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        return domains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }
}
