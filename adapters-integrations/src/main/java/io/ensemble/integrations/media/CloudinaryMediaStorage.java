package io.ensemble.integrations.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ensemble.media.MediaStorage;
import io.ensemble.shared.ProviderUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code storage: {type: cloudinary}} over Cloudinary's Upload API (REST, signed requests; no SDK):
 * {@code POST {apiBase}/v1_1/{cloud}/{image|video}/upload} (multipart) and {@code .../destroy}.
 * A key {@code public/<purpose>/<id>/<variant>.<ext>} becomes public id
 * {@code public/<purpose>/<id>/<variant>} (a folder per purpose), format {@code ext}; {@code private/}
 * keys are uploaded with delivery type {@code private} and read through signed, expiring
 * {@code .../download} URLs ("private_download_url"). Public objects are delivered by
 * {@code {deliveryBase}/{cloud}/{type}/upload/<public id>.<ext>}. Failures are {@link ProviderUnavailable}.
 */
public final class CloudinaryMediaStorage implements MediaStorage {
    private static final Logger LOG = LoggerFactory.getLogger(CloudinaryMediaStorage.class);
    private static final String UNAVAILABLE = "Media storage is unavailable; try again shortly.";
    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final Settings settings;
    private final CloudinarySignature signature;
    private final Clock clock;

    /**
     * Account and endpoints of one Cloudinary product environment.
     *
     * @param cloudName the cloud name
     * @param apiKey the API key (sent, never signed)
     * @param apiSecret the API secret (signs, never sent)
     * @param apiBase Upload API origin, {@code https://api.cloudinary.com} unless overridden
     * @param deliveryBase delivery origin, {@code https://res.cloudinary.com} unless overridden
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
    }

    /**
     * @param http a client with connect/response timeouts set
     * @param json parses the API's JSON answers
     * @param settings account and endpoints
     * @param clock source of the {@code timestamp} and {@code expires_at} parameters
     */
    public CloudinaryMediaStorage(CloseableHttpClient http, ObjectMapper json, Settings settings, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.json = Objects.requireNonNull(json, "json");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signature = new CloudinarySignature(settings.apiSecret(), settings.signatureAlgorithm());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signed upload with {@code overwrite=true}, so a retried put replaces the object. */
    @Override
    public void put(String key, Path file, String contentType) {
        Asset asset = Asset.of(key);
        Map<String, String> params = signed(Map.of("public_id", asset.publicId(), "type", asset.type(),
                "overwrite", "true"));
        var body = MultipartEntityBuilder.create().addBinaryBody("file", file.toFile(),
                ContentType.create(contentType), asset.publicId() + "." + asset.format());
        params.forEach((k, v) -> body.addTextBody(k, v, ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)));
        HttpPost post = new HttpPost(apiUrl(asset, "upload"));
        post.setEntity(body.build());
        JsonNode answer = call(post);
        if (!asset.publicId().equals(answer.path("public_id").asText())) {
            throw new ProviderUnavailable(UNAVAILABLE);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) {
        Asset asset = Asset.of(key);
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
        Asset asset = Asset.of(key);
        Map<String, String> params = signed(Map.of("public_id", asset.publicId(), "type", asset.type(),
                "invalidate", "true"));
        HttpPost post = new HttpPost(apiUrl(asset, "destroy"));
        post.setEntity(new UrlEncodedFormEntity(params.entrySet().stream()
                .map(e -> (NameValuePair) new BasicNameValuePair(e.getKey(), e.getValue())).toList(),
                StandardCharsets.UTF_8));
        String result = call(post).path("result").asText();
        if (!result.equals("ok") && !result.equals("not found")) {
            LOG.warn("Cloudinary destroy of {} answered result={}", asset.publicId(), result);
        }
    }

    /** @return the CDN delivery URL {@code {deliveryBase}/{cloud}/{image|video}/upload/<public id>.<ext>} */
    @Override
    public String publicUrl(String key) {
        return deliveryUrl(Asset.of(key));
    }

    /** @return a signed private download URL that expires after {@code ttl}; empty for public keys */
    @Override
    public Optional<String> presignedUrl(String key, Duration ttl) {
        Asset asset = Asset.of(key);
        return asset.isPrivate() ? Optional.of(downloadUrl(asset, ttl)) : Optional.empty();
    }

    private String downloadUrl(Asset asset, Duration ttl) {
        long expiresAt = clock.instant().plus(ttl).getEpochSecond();
        Map<String, String> params = signed(Map.of("public_id", asset.publicId(), "format", asset.format(),
                "type", asset.type(), "expires_at", Long.toString(expiresAt)));
        return apiUrl(asset, "download") + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String deliveryUrl(Asset asset) {
        return settings.deliveryBase() + "/" + settings.cloudName() + "/" + asset.resourceType() + "/"
                + asset.type() + "/" + asset.publicId() + "." + asset.format();
    }

    private String apiUrl(Asset asset, String action) {
        return settings.apiBase() + "/v1_1/" + settings.cloudName() + "/" + asset.resourceType() + "/" + action;
    }

    /** @return {@code params} plus {@code timestamp}, {@code signature} and {@code api_key} */
    private Map<String, String> signed(Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        all.put("signature", signature.sign(all));
        all.put("api_key", settings.apiKey());
        return all;
    }

    private JsonNode call(HttpPost post) {
        try {
            return http.execute(post, response -> {
                String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
                if (response.getCode() != 200) {
                    String message = body.isEmpty() ? "" : json.readTree(body).path("error").path("message").asText();
                    LOG.warn("Cloudinary {} answered {}: {}", post.getPath(), response.getCode(), message);
                    throw new ProviderUnavailable(UNAVAILABLE);
                }
                return json.readTree(body);
            });
        } catch (IOException e) {
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A media key as a Cloudinary asset: public id without the extension, format, resource and delivery type. */
    record Asset(String publicId, String format, String resourceType, String type) {
        static Asset of(String key) {
            int dot = key.lastIndexOf('.');
            if (dot <= 0 || dot == key.length() - 1) {
                throw new IllegalArgumentException("media key without an extension");
            }
            String format = key.substring(dot + 1);
            String resource = format.equals("mp4") || format.equals("mov") ? "video" : "image";
            return new Asset(key.substring(0, dot), format, resource, key.startsWith("private/") ? "private" : "upload");
        }

        boolean isPrivate() {
            return type.equals("private");
        }
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
