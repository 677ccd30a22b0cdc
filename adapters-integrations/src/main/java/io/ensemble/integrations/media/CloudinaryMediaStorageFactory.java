package io.ensemble.integrations.media;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.media.MediaStorage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.util.Timeout;

/**
 * {@code storage: {type: cloudinary, cloudinaryUrl | cloudName + apiKey + apiSecret, apiBase,
 * deliveryBase, signatureAlgorithm}} (README §Configuration, env {@code CLOUDINARY_*}).
 * {@code cloudinaryUrl} has the SDKs' shape {@code cloudinary://<api key>:<api secret>@<cloud name>}
 * and wins over the separate keys.
 */
@JsonTypeName("cloudinary")
@JsonIgnoreProperties(ignoreUnknown = true)
public class CloudinaryMediaStorageFactory implements MediaStorageFactory {
    private static final Timeout CONNECT = Timeout.ofSeconds(5);
    private static final Timeout RESPONSE = Timeout.ofSeconds(60);
    @JsonProperty
    private String cloudinaryUrl = "";
    @JsonProperty
    private String cloudName = "";
    @JsonProperty
    private String apiKey = "";
    @JsonProperty
    private String apiSecret = "";
    @JsonProperty
    private String apiBase = "https://api.cloudinary.com";
    @JsonProperty
    private String deliveryBase = "https://res.cloudinary.com";
    @JsonProperty
    private String signatureAlgorithm = "sha1";

    /**
     * @return a {@link CloudinaryMediaStorage} for the configured account (the SDK's uploader and the
     *     reads each on a pool with 5 s connect and 60 s socket timeouts)
     * @throws IllegalStateException when the account is not configured (set {@code CLOUDINARY_URL})
     */
    @Override
    public MediaStorage build(Path dataDirectory) {
        CloudinaryMediaStorage.Settings settings = settings();
        var http = HttpClients.custom().setConnectionManager(connections())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(RESPONSE).build())
                .disableCookieManagement().disableRedirectHandling()
                .build();
        return new CloudinaryMediaStorage(settings, connections(), http, Clock.systemUTC());
    }

    private static HttpClientConnectionManager connections() {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT)
                        .setSocketTimeout(RESPONSE).build()).build();
    }

    /** @return the account from {@code cloudinaryUrl} or the separate keys */
    CloudinaryMediaStorage.Settings settings() {
        String cloud = cloudName;
        String key = apiKey;
        String secret = apiSecret;
        if (!blank(cloudinaryUrl)) {
            URI uri = URI.create(cloudinaryUrl.trim());
            String info = uri.getRawUserInfo();
            if (!"cloudinary".equals(uri.getScheme()) || info == null || !info.contains(":")) {
                throw new IllegalStateException("CLOUDINARY_URL must look like cloudinary://<key>:<secret>@<cloud>");
            }
            cloud = uri.getHost();
            key = URLDecoder.decode(info.substring(0, info.indexOf(':')), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(info.substring(info.indexOf(':') + 1), StandardCharsets.UTF_8);
        }
        if (blank(cloud) || blank(key) || blank(secret)) {
            throw new IllegalStateException("storage.type is cloudinary but the account is not configured: set "
                    + "CLOUDINARY_URL (or CLOUDINARY_CLOUD_NAME, CLOUDINARY_API_KEY and CLOUDINARY_API_SECRET)");
        }
        return new CloudinaryMediaStorage.Settings(cloud.trim(), key.trim(), secret.trim(),
                blank(apiBase) ? "https://api.cloudinary.com" : apiBase.trim(),
                blank(deliveryBase) ? "https://res.cloudinary.com" : deliveryBase.trim(), signatureAlgorithm);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
