package io.ensemble.integrations.media;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.ensemble.media.MediaStorage;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code storage: {type: s3, bucket, region, endpoint, accessKeyId, secretAccessKey, pathStyle,
 * s3PublicBaseUrl, publicBaseUrl}} (README §Configuration, env {@code S3_*}). A blank endpoint means
 * AWS itself; set it (and usually {@code pathStyle: true}) for MinIO, R2, Spaces and other
 * S3-compatible stores. Blank keys fall back to the SDK's default chain (env, profile, instance role).
 * Checksums are sent only when an operation requires them, which S3-compatible stores accept.
 */
@JsonTypeName("s3")
@JsonIgnoreProperties(ignoreUnknown = true)
public class S3MediaStorageFactory implements MediaStorageFactory {
    @JsonProperty
    private String bucket = "";
    @JsonProperty
    private String region = "us-east-1";
    @JsonProperty
    private String endpoint = "";
    @JsonProperty
    private String accessKeyId = "";
    @JsonProperty
    private String secretAccessKey = "";
    @JsonProperty
    private boolean pathStyle;
    /** Prefix of public object URLs (CDN or public bucket); blank → served through Ensemble's /media route. */
    @JsonProperty
    private String s3PublicBaseUrl = "";
    /** Prefix of Ensemble's own URLs (shared with the local adapter, {@code MEDIA_PUBLIC_BASE_URL}). */
    @JsonProperty
    private String publicBaseUrl = "";

    /**
     * @return an {@link S3MediaStorage} on the configured bucket
     * @throws IllegalStateException when no bucket is configured (set {@code S3_BUCKET})
     */
    @Override
    public MediaStorage build(Path dataDirectory) {
        if (blank(bucket)) {
            throw new IllegalStateException("storage.type is s3 but no bucket is configured: set S3_BUCKET");
        }
        Region r = Region.of(blank(region) ? "us-east-1" : region.trim());
        AwsCredentialsProvider credentials = blank(accessKeyId) || blank(secretAccessKey)
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.trim(),
                        secretAccessKey.trim()));
        var client = S3Client.builder().region(r).credentialsProvider(credentials).forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder().region(r).credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build());
        if (!blank(endpoint)) {
            client.endpointOverride(URI.create(endpoint.trim()));
            presigner.endpointOverride(URI.create(endpoint.trim()));
        }
        return new S3MediaStorage(client.build(), presigner.build(), bucket.trim(), nullToEmpty(s3PublicBaseUrl),
                nullToEmpty(publicBaseUrl));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
