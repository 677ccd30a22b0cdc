package io.ensemble.integrations.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Secrets (signing keys) that run on embedded defaults: generated once into a file readable only by the
 * owner, or given in config. Files hold standard base64 (RFC 4648 §4) on one line.
 */
public final class SecretFiles {
    /** Minimum length of a secret given in config, in bytes (256 bits). */
    public static final int MIN_SECRET_BYTES = 32;

    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /**
     * Reads the secret in {@code file}, or, when the file does not exist, generates {@code bytes} random
     * bytes with {@link SecureRandom}, writes them as base64 with POSIX permissions {@code rw-------}
     * (when the file system supports them), creating parent directories, and returns them. When two
     * processes race to create the file, both end up with the one that was written first.
     *
     * @param file  where the secret lives, e.g. {@code data/keys/access-token.key}
     * @param bytes length of a generated secret in bytes; an existing file must hold at least this many
     * @return the secret
     * @throws IllegalArgumentException when {@code bytes} is not positive
     * @throws IllegalStateException    when the file holds something other than a long-enough base64 secret
     * @throws UncheckedIOException     when the file cannot be read or written
     */
    public static byte[] loadOrCreate(Path file, int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be positive");
        }
        try {
            if (!Files.exists(file)) {
                create(file, bytes);
            }
            return read(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    /**
     * Reads the text in {@code file}, or, when the file does not exist, writes {@code generate}'s text there
     * first (owner-only permissions, parents created, first writer wins when two processes race) and returns
     * what the file then holds. Used for secrets with their own format, such as a Tink keyset in JSON.
     *
     * @param file     where the secret lives, e.g. {@code data/secrets/token-encryption.keyset.json}
     * @param generate makes a new secret's text; called only when the file is missing
     * @return the file's text, trimmed
     * @throws UncheckedIOException when the file cannot be read or written
     */
    public static String loadOrCreateText(Path file, java.util.function.Supplier<String> generate) {
        try {
            if (!Files.exists(file)) {
                write(file, generate.get());
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    /**
     * Decodes a secret given in config as hex, base64 or base64url (padding optional). A string made only
     * of an even number of hex digits is read as hex.
     *
     * @param base64OrHex the encoded secret
     * @return the secret bytes, at least 32
     * @throws IllegalArgumentException when the text is not one of these encodings or decodes to fewer than
     *                                  32 bytes (the message never contains the secret)
     */
    public static byte[] decode(String base64OrHex) {
        if (base64OrHex == null || base64OrHex.isBlank()) {
            throw new IllegalArgumentException("The secret is empty; generate one with `openssl rand -base64 32`");
        }
        String text = base64OrHex.trim();
        byte[] secret;
        try {
            if (HEX.matcher(text).matches()) {
                secret = HexFormat.of().parseHex(text);
            } else if (text.indexOf('-') >= 0 || text.indexOf('_') >= 0) {
                secret = Base64.getUrlDecoder().decode(text);
            } else {
                secret = Base64.getDecoder().decode(text);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The secret must be base64, base64url or hex");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The secret must be at least " + MIN_SECRET_BYTES + " bytes (got "
                    + secret.length + "); generate one with `openssl rand -base64 32`");
        }
        return secret;
    }

    private static void create(Path file, int bytes) throws IOException {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        write(file, Base64.getEncoder().encodeToString(secret));
    }

    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".secret-", ".tmp", ownerOnly(dir));
        try {
            Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file); // no REPLACE_EXISTING: a secret already written wins
            } catch (FileAlreadyExistsException alreadyCreated) {
                // another process created it between our check and our move: use theirs
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] read(Path file, int bytes) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret file " + file + " does not hold base64");
        }
        if (secret.length < bytes) {
            throw new IllegalStateException("The secret file " + file + " holds " + secret.length
                    + " bytes; at least " + bytes + " are needed");
        }
        return secret;
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }
}
