package io.ensemble.media;

import io.ensemble.shared.errors.UnsupportedMediaType;
import io.ensemble.shared.errors.ValidationFailed;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/** The image proxy of seeds/001 (issue 7 §3): validates the URL, fetches safely, answers only images. */
public final class ImageProxyService {
    private final ImageFetcher fetcher;
    private final MediaInspector inspector;

    /**
     * @param fetcher the SSRF-safe fetcher
     * @param inspector verifies the body is an image
     */
    public ImageProxyService(ImageFetcher fetcher, MediaInspector inspector) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
    }

    /**
     * @return the image at {@code url} and its type detected from the bytes
     * @throws ValidationFailed {@code URL_NOT_ALLOWED} (400) for a malformed, non-http(s) or refused URL,
     *     also for a numeric host that is not canonical dotted-decimal (issue 28 §5)
     * @throws UnsupportedMediaType (415) when the body is not an image
     */
    public ProxiedImage fetch(String url) {
        URI uri = parse(url);
        ImageFetcher.Fetched fetched = fetcher.fetch(uri);
        String type = inspector.detect(fetched.body());
        if (!type.startsWith("image/") || type.contains("svg")) {
            throw new UnsupportedMediaType("The URL does not point to a raster image.");
        }
        return new ProxiedImage(fetched.body(), type);
    }

    /** @return {@code url} as an absolute http(s) URI with a host and no user info */
    public static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            throw refused("Send an absolute http or https URL in ?url=.");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw refused("Only http and https URLs are allowed.");
            }
            if (NumericHost.isAmbiguous(hostAsWritten(uri))) {
                throw refused("Write an IP address host as four decimal numbers 0-255 (e.g. 93.184.216.34); "
                        + "octal, hex, shortened and single-number forms are refused.");
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw refused("The URL must name a host and carry no credentials.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused("The URL is malformed.");
        }
    }

    /**
     * The host as the URL writes it, also when {@link URI#getHost()} gives up on forms such as
     * {@code 127.1} or {@code 0x7f.0.0.1} (then read from the authority without user info and port).
     */
    private static String hostAsWritten(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            return hostPort;
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    /** @return the 400 error for a URL the proxy will not fetch */
    public static ValidationFailed refused(String message) {
        return new ValidationFailed("URL_NOT_ALLOWED", message);
    }

    /** A proxied image and its verified type. */
    public record ProxiedImage(byte[] body, String contentType) {
    }
}
