package io.ensemble.integrations.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Test-side reference of Cloudinary's request signature, written from the documentation and
 * independent of the SDK under test ("Generating authentication signatures": every signed parameter
 * except {@code file}, {@code cloud_name}, {@code resource_type} and {@code api_key}, sorted by
 * name, joined as {@code name=value&...}, the API secret appended, hashed with SHA-1 (the SDKs'
 * default) or SHA-256, as lower-case hex). The contract test recomputes every signature the adapter
 * sends with it.
 */
final class CloudinarySignature {
    private final String apiSecret;
    private final String algorithm;

    /**
     * @param apiSecret the account's API secret
     * @param algorithm {@code sha1} or {@code sha256} (case-insensitive)
     * @throws IllegalArgumentException for another algorithm
     */
    CloudinarySignature(String apiSecret, String algorithm) {
        this.apiSecret = apiSecret;
        this.algorithm = switch (algorithm == null ? "sha1" : algorithm.trim().toLowerCase(Locale.ROOT)) {
            case "", "sha1", "sha-1" -> "SHA-1";
            case "sha256", "sha-256" -> "SHA-256";
            default -> throw new IllegalArgumentException("signature algorithm must be sha1 or sha256");
        };
    }

    /** @return the hex signature of {@code params} (values as sent; blank values are left out) */
    String sign(Map<String, String> params) {
        String toSign = new TreeMap<>(params).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        try {
            byte[] digest = MessageDigest.getInstance(algorithm)
                    .digest((toSign + apiSecret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
