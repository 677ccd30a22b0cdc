package io.ensemble.integrations.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class SecretFilesTest {
    @TempDir
    Path dir;

    @Test
    void creates_the_secret_once_and_reads_back_the_same_bytes() throws Exception {
        Path file = dir.resolve("keys/nested/access-token.key");

        byte[] created = SecretFiles.loadOrCreate(file, 32);
        byte[] readBack = SecretFiles.loadOrCreate(file, 32);

        assertThat(created).hasSize(32).isEqualTo(readBack);
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).isEqualTo(created);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void makes_the_file_readable_by_its_owner_only() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("secret.key");

        SecretFiles.loadOrCreate(file, 32);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void generates_different_secrets_for_different_files() {
        assertThat(SecretFiles.loadOrCreate(dir.resolve("a.key"), 32))
                .isNotEqualTo(SecretFiles.loadOrCreate(dir.resolve("b.key"), 32));
    }

    @Test
    void refuses_a_file_holding_a_secret_shorter_than_asked() throws Exception {
        Path file = dir.resolve("short.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(() -> SecretFiles.loadOrCreate(file, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("16 bytes");
    }

    @Test
    void refuses_a_file_that_is_not_base64() throws Exception {
        Path file = dir.resolve("bad.key");
        Files.writeString(file, "this is not base64!");

        assertThatThrownBy(() -> SecretFiles.loadOrCreate(file, 32)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decodes_base64_base64url_and_hex() {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (i * 7 + 250);
        }

        assertThat(SecretFiles.decode(Base64.getEncoder().encodeToString(secret))).isEqualTo(secret);
        assertThat(SecretFiles.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(secret))).isEqualTo(secret);
        assertThat(SecretFiles.decode("  " + HexFormat.of().formatHex(secret) + "\n")).isEqualTo(secret);
        assertThat(SecretFiles.decode(HexFormat.of().withUpperCase().formatHex(secret))).isEqualTo(secret);
    }

    @Test
    void rejects_secrets_shorter_than_32_bytes() {
        assertThatThrownBy(() -> SecretFiles.decode(Base64.getEncoder().encodeToString(new byte[31])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> SecretFiles.decode("abcd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void rejects_empty_or_undecodable_secrets_without_echoing_them() {
        assertThatThrownBy(() -> SecretFiles.decode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretFiles.decode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretFiles.decode("s3cr3t!*"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr3t");
    }
}
