package io.ensemble.integrations.media;

import io.ensemble.media.MediaStorage;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code storage: {type: s3}}: objects in one S3 (or S3-compatible) bucket under the media keys,
 * with AWS SDK v2 ({@code PutObject}, {@code GetObject}, {@code DeleteObject}; AWS S3 API reference).
 * Public objects are linked at {@code publicBaseUrl/<key>} (a CDN or a public-read bucket prefix)
 * or, when that is blank, through Ensemble's {@code /media/<key>} route, which streams them from the
 * bucket. Private objects get SigV4 presigned GET URLs ("Sharing objects with presigned URLs").
 * Every SDK failure other than a missing key is a {@link ProviderUnavailable} (503).
 */
public final class S3MediaStorage implements MediaStorage {
    private static final String UNAVAILABLE = "Media storage is unavailable; try again shortly.";
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String publicBaseUrl;
    private final String ensembleBaseUrl;

    /**
     * @param s3 a configured client (region, endpoint, credentials, path style)
     * @param presigner a presigner with the same settings
     * @param bucket the bucket holding every object
     * @param publicBaseUrl prefix of public object URLs, e.g. {@code https://cdn.example.com}; blank → via Ensemble
     * @param ensembleBaseUrl prefix of Ensemble's own {@code /media} URLs ({@code ""} for relative)
     */
    public S3MediaStorage(S3Client s3, S3Presigner presigner, String bucket, String publicBaseUrl,
            String ensembleBaseUrl) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.publicBaseUrl = stripSlash(Objects.requireNonNull(publicBaseUrl, "publicBaseUrl"));
        this.ensembleBaseUrl = stripSlash(Objects.requireNonNull(ensembleBaseUrl, "ensembleBaseUrl"));
    }

    @Override
    public void put(String key, Path file, String contentType) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType)
                    .cacheControl(key.startsWith("private/") ? "private, no-store"
                            : "public, max-age=31536000, immutable"),
                    RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(GetObjectRequest.builder().bucket(bucket)
                    .key(key).build());
            GetObjectResponse meta = in.response();
            String type = meta.contentType() == null ? "application/octet-stream" : meta.contentType();
            String etag = meta.eTag() == null ? "\"" + key.hashCode() + "\"" : meta.eTag();
            return Optional.of(new StoredObject(in, meta.contentLength(), type, etag));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new ProviderUnavailable(UNAVAILABLE, e);
        } catch (SdkException e) {
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    /** @return {@code publicBaseUrl/<key>}, or Ensemble's {@code /media/<key>} when no public base is set */
    @Override
    public String publicUrl(String key) {
        return publicBaseUrl.isEmpty() ? ensembleBaseUrl + "/media/" + key : publicBaseUrl + "/" + key;
    }

    /** @return a SigV4 presigned GET URL valid for {@code ttl} (at most 7 days, S3's limit) */
    @Override
    public Optional<String> presignedUrl(String key, Duration ttl) {
        try {
            return Optional.of(presigner.presignGetObject(p -> p.signatureDuration(ttl)
                    .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());
        } catch (SdkException e) {
            throw new ProviderUnavailable(UNAVAILABLE, e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
