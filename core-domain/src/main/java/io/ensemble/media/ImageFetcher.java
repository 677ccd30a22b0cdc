package io.ensemble.media;

import java.net.URI;

/**
 * Fetches a remote image for the proxy. Implementations check every resolved address with an
 * {@link AddressPolicy} (for the first request and each redirect) and connect to the checked
 * address, cap size and time, and throw the domain's typed errors.
 */
public interface ImageFetcher {
    /**
     * @throws io.ensemble.shared.errors.ValidationFailed {@code URL_NOT_ALLOWED} when an address is refused
     * @throws io.ensemble.shared.errors.UpstreamFailed on error statuses, oversize bodies, too many redirects, timeouts
     */
    Fetched fetch(URI uri);

    /** A fetched body with the type the upstream declared (verified separately from the bytes). */
    record Fetched(byte[] body, String declaredType) {
    }
}
