package io.ensemble.integrations.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The fields of a Google service account JSON key file that the JWT bearer grant needs
 * (Google "Using OAuth 2.0 for Server to Server Applications").
 *
 * @param clientEmail the service account's email (JWT {@code iss})
 * @param keyId {@code private_key_id} (JWT header {@code kid})
 * @param privateKey the RSA key from the PKCS#8 PEM {@code private_key}
 * @param tokenUri {@code token_uri}, normally {@code https://oauth2.googleapis.com/token}
 */
record GoogleServiceAccountKey(String clientEmail, String keyId, PrivateKey privateKey, String tokenUri) {
    /** @throws IllegalStateException when the file is missing, not JSON, or lacks a field */
    static GoogleServiceAccountKey read(Path file, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(Files.readString(file));
            String email = required(node, "client_email");
            String pem = required(node, "private_key");
            String tokenUri = node.path("token_uri").asText("https://oauth2.googleapis.com/token");
            return new GoogleServiceAccountKey(email, node.path("private_key_id").asText(""), rsa(pem), tokenUri);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("FCM_CREDENTIALS_FILE " + file + " is not a readable service account key: "
                    + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static PrivateKey rsa(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
