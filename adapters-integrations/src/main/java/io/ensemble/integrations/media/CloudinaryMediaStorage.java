package io.ensemble.integrations.media;

import com.cloudinary.Cloudinary;
import com.cloudinary.SignatureAlgorithm;
import com.cloudinary.Uploader;
import io.ensemble.media.MediaStorage;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code storage: {type: cloudinary}} through Cloudinary's official Java SDK ({@code cloudinary-http5}):
 * {@code uploader().upload} and {@code uploader().destroy} call the Upload API
 * ({@code POST {apiBase}/v1_1/{cloud}/{image|video}/{upload|destroy}}, signed multipart), the SDK's
 * {@code url()} builds delivery URLs and {@code privateDownload} the signed, expiring
 * {@code .../download} URLs of private assets. A key {@code public/<purpose>/<id>/<variant>.<ext>}
 * becomes public id {@code public/<purpose>/<id>/<variant>} (a folder per purpose), format {@code ext};
 * {@code private/} keys are uploaded with delivery type {@code private}. Public objects are delivered by
 * {@code {deliveryBase}/{cloud}/{type}/upload/<public id>.<ext>} (no version component, no analytics
 * parameter). Reading an object is a plain GET of those URLs. Failures are {@link ProviderUnavailable}.
 * The SDK signs with the system clock's {@code timestamp}; {@code expires_at} reads {@code clock}.
 */
public final class CloudinaryMediaStorage implements MediaStorage {
    private static final Logger LOG = LoggerFactory.getLogger(CloudinaryMediaStorage.class);
    private static final String UNAVAILABLE = "Media storage is unavailable; try again shortly.";
    private final Cloudinary cloudinary;
    /** One uploader: the SDK builds an HTTP client each time it makes one. */
    private final Uploader uploader;
    private final CloseableHttpClient http;
    private final Clock clock;

    /**
     * Account and endpoints of one Cloudinary product environment.
     *
     * @param cloudName the cloud name
     * @param apiKey the API key (sent, never signed)
     * @param apiSecret the API secret (signs, never sent)
     * @param apiBase Upload API origin, {@code https://api.cloudinary.com} unless overridden (the SDK's
     *     {@code upload_prefix})
     * @param deliveryBase delivery origin, {@code https://res.cloudinary.com} unless overridden (the SDK's
     *     {@code secure_distribution} for https, {@code cname} for http)
     * @param signatureAlgorithm {@code sha1} or {@code sha256}
     */
    public record Settings(String cloudName, String apiKey, String apiSecret, String apiBase, String deliveryBase,
            String signatureAlgorithm) {
        public Settings {
            Objects.requireNonNull(cloudName, "cloudName");
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(apiSecret, "apiSecret");
            apiBase = stripSlash(Objects.requireNonNull(apiBase, "apiBase"));
            deliveryBase = stripSlash(Objects.requireNonNull(deliveryBase, "deliveryBase"));
        }

        /**
         * @param connections the pool (with its connect and socket timeouts) the SDK's uploader uses
         * @return the SDK configuration map
         * @throws IllegalArgumentException for a signature algorithm other than sha1/sha256 or a delivery
         *     base that is not an http(s) URL
         */
        Map<String, Object> sdkConfig(HttpClientConnectionManager connections) {
            URI delivery = URI.create(deliveryBase);
            boolean secure = "https".equals(delivery.getScheme());
            if (!secure && !"http".equals(delivery.getScheme()) || delivery.getRawAuthority() == null) {
                throw new IllegalArgumentException("deliveryBase must be an http(s) URL");
            }
            String host = delivery.getRawAuthority() + (delivery.getRawPath() == null ? "" : delivery.getRawPath());
            Map<String, Object> config = new HashMap<>();
            config.put("cloud_name", cloudName);
            config.put("api_key", apiKey);
            config.put("api_secret", apiSecret);
            config.put("upload_prefix", apiBase);
            config.put("secure", secure);
            config.put(secure ? "secure_distribution" : "cname", host);
            config.put("signature_algorithm", algorithm().name());
            config.put("force_version", false);
            config.put("analytics", false);
            config.put("properties", Map.of("connectionManager", connections));
            return config;
        }

        private SignatureAlgorithm algorithm() {
            return switch (signatureAlgorithm == null ? "" : signatureAlgorithm.trim().toLowerCase(Locale.ROOT)) {
                case "", "sha1", "sha-1" -> SignatureAlgorithm.SHA1;
                case "sha256", "sha-256" -> SignatureAlgorithm.SHA256;
                default -> throw new IllegalArgumentException("signature algorithm must be sha1 or sha256");
            };
        }
    }

    /**
     * @param settings account and endpoints
     * @param sdkConnections connection pool of the SDK's uploader (connect/socket timeouts set)
     * @param http a client with connect/response timeouts set, for reading objects
     * @param clock source of the {@code expires_at} parameter of download URLs
     * @throws IllegalArgumentException for an unknown signature algorithm or a bad delivery base
     */
    public CloudinaryMediaStorage(Settings settings, HttpClientConnectionManager sdkConnections,
            CloseableHttpClient http, Clock clock) {
        this.cloudinary = new Cloudinary(Objects.requireNonNull(settings, "settings").sdkConfig(sdkConnections));
        this.uploader = cloudinary.uploader();
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signed upload with {@code overwrite=true}, so a retried put replaces the object. */
    @Override
    public void put(String key, Path file, String contentType) {
        CloudinaryAsset asset = CloudinaryAsset.of(key);
        Map<String, Object> options = asset.options();
        options.put("public_id", asset.publicId());
        options.put("overwrite", true);
        options.put("filename", asset.publicId() + "." + asset.format());
        Map<?, ?> answer = call("upload", () -> uploader.upload(file.toFile(), options));
        if (!asset.publicId().equals(answer.get("public_id"))) {
            throw new ProviderUnavailable(UNAVAILABLE);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) {
        CloudinaryAsset asset = CloudinaryAsset.of(key);
        String url = asset.isPrivate() ? downloadUrl(asset, Duration.ofMinutes(5)) : deliveryUrl(asset);
        try {
            ClassicHttpResponse response = http.executeOpen(null, new HttpGet(url), null);
            int status = response.getCode();
            if (status == 404) {
                response.close();
                return Optional.empty();
            }
            if (status != 200 || response.getEntity() == null) {
                response.close();
                throw new ProviderUnavailable(UNAVAILABLE);
            }
            Header etag = response.getFirstHeader("ETag");
            String type = response.getEntity().getContentType() == null ? "application/octet-stream"
                    : response.getEntity().getContentType();
            InputStream in = new ClosingStream(response.getEntity().getContent(), response);
            return Optional.of(new StoredObject(in, response.getEntity().getContentLength(), type,
                    etag == null ? "\"" + Integer.toHexString(key.hashCode()) + "\"" : etag.getValue()));
        } catch (IOException e) {
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    /** Signed destroy with {@code invalidate=true}; {@code "not found"} counts as deleted. */
    @Override
    public void delete(String key) {
        CloudinaryAsset asset = CloudinaryAsset.of(key);
        Map<String, Object> options = asset.options();
        options.put("invalidate", true);
        Object result = call("destroy", () -> uploader.destroy(asset.publicId(), options))
                .get("result");
        if (!"ok".equals(result) && !"not found".equals(result)) {
            LOG.warn("Cloudinary destroy of {} answered result={}", asset.publicId(), result);
        }
    }

    /** @return the CDN delivery URL {@code {deliveryBase}/{cloud}/{image|video}/upload/<public id>.<ext>} */
    @Override
    public String publicUrl(String key) {
        return deliveryUrl(CloudinaryAsset.of(key));
    }

    /** @return a signed private download URL that expires after {@code ttl}; empty for public keys */
    @Override
    public Optional<String> presignedUrl(String key, Duration ttl) {
        CloudinaryAsset asset = CloudinaryAsset.of(key);
        return asset.isPrivate() ? Optional.of(downloadUrl(asset, ttl)) : Optional.empty();
    }

    private String downloadUrl(CloudinaryAsset asset, Duration ttl) {
        Map<String, Object> options = asset.options();
        options.put("expires_at", clock.instant().plus(ttl).getEpochSecond());
        try {
            return cloudinary.privateDownload(asset.publicId(), asset.format(), options);
        } catch (Exception e) {
            throw new IllegalStateException("Cloudinary download URL for " + asset.publicId(), e);
        }
    }

    private String deliveryUrl(CloudinaryAsset asset) {
        return cloudinary.url().resourceType(asset.resourceType()).type(asset.type()).format(asset.format())
                .generate(asset.publicId());
    }

    private static Map<?, ?> call(String action, SdkCall call) {
        try {
            return call.run();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cloudinary {} failed: {}", action, e.getMessage());
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    /** One SDK call; the SDK answers with the API's JSON as a map. */
    @FunctionalInterface
    private interface SdkCall {
        Map<?, ?> run() throws IOException;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Closes the HTTP response together with its body stream. */
    private static final class ClosingStream extends java.io.FilterInputStream {
        private final ClassicHttpResponse response;

        ClosingStream(InputStream in, ClassicHttpResponse response) {
            super(in);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }
}
