package io.ensemble.hooks;

import io.ensemble.media.AddressPolicy;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.ValidationFailed;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard of outgoing webhooks (issue 26 §2), built on the image proxy's
 * {@link AddressPolicy#isPublic}: a URL must be https (http only when {@code allowHttp}, for
 * development), carry no credentials, and every address its host resolves to must be public.
 * Private and loopback addresses pass only with {@code allowPrivate} ({@code WEBHOOK_ALLOW_PRIVATE=true});
 * link-local (incl. cloud metadata 169.254.169.254, fe80::/10), unspecified and multicast addresses
 * are always refused. Checked when an endpoint is registered or changed, and again on the resolved
 * address before each delivery (a host may re-point its DNS).
 */
public final class WebhookUrls {
    /** Longest URL accepted. */
    public static final int MAX_LENGTH = 2048;

    /** Resolves a host name; the system resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final boolean allowPrivate;
    private final Resolver resolver;

    /**
     * @param allowHttp accept {@code http://} URLs (development only)
     * @param allowPrivate accept private and loopback addresses (never link-local or metadata)
     */
    public WebhookUrls(boolean allowHttp, boolean allowPrivate, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
        this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
    }

    /** @return the guard over the system resolver */
    public static WebhookUrls system(boolean allowHttp, boolean allowPrivate) {
        return new WebhookUrls(allowHttp, allowPrivate, InetAddress::getAllByName);
    }

    /**
     * Checks a URL as given by an admin.
     *
     * @return the parsed URL
     * @throws ValidationFailed naming {@code url}: not absolute http(s), not https when required,
     *     credentials in it, unknown host, or a refused address
     */
    public URI check(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw invalid("must be an https URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw invalid("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not contain credentials");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("must name a host");
        }
        resolveAllowed(uri.getHost());
        return uri;
    }

    /**
     * @return the host's addresses, all allowed
     * @throws ValidationFailed naming {@code url} for an unknown host or any refused address
     */
    public InetAddress[] resolveAllowed(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw invalid("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!permits(address)) {
                throw invalid("resolves to a refused address (private, loopback, link-local or metadata)");
            }
        }
        return addresses;
    }

    /** @return whether a delivery may connect to {@code address} */
    public boolean permits(InetAddress address) {
        if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()
                || isMetadata(address)) {
            return false;
        }
        if (AddressPolicy.isPublic(address)) {
            return true;
        }
        return allowPrivate && (address.isLoopbackAddress() || address.isSiteLocalAddress() || isUniqueLocal(address)
                || isPrivateV4(address.getAddress()));
    }

    private static boolean isMetadata(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xff) == 100 && (b[2] & 0xff) == 100
                && (b[3] & 0xff) == 200; // Alibaba Cloud metadata (169.254.169.254 is link-local)
    }

    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean isPrivateV4(byte[] b) {
        return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xff) >= 64 && (b[1] & 0xff) <= 127;
    }

    private static ValidationFailed invalid(String message) {
        return new ValidationFailed(List.of(new FieldError("url", message)));
    }
}
