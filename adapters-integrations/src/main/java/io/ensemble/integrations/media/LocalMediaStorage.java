package io.ensemble.integrations.media;

import io.ensemble.media.MediaStorage;
import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code storage: {type: local}}: objects as files under {@code <dataDirectory>/media}, served by
 * Ensemble under {@code /media/<key>}. The content type is kept in a {@code .type} side file; the
 * ETag is derived from size and modification time. Writes go to a temp file then are moved into place.
 */
public final class LocalMediaStorage implements MediaStorage {
    private final Path root;
    private final String baseUrl;

    /**
     * @param root the folder holding the objects (created when missing)
     * @param baseUrl prefix of public URLs, e.g. {@code ""} (relative) or {@code https://api.example.com}
     */
    public LocalMediaStorage(Path root, String baseUrl) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.baseUrl = stripSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create media folder " + this.root, e);
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            try {
                Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(typeFile(target), contentType);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ProviderUnavailable("Media storage is unavailable; try again shortly.", e);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) {
        Path target = resolve(key);
        try {
            long size = Files.size(target);
            long modified = Files.getLastModifiedTime(target).toMillis();
            String type = Files.exists(typeFile(target)) ? Files.readString(typeFile(target)).trim()
                    : "application/octet-stream";
            InputStream in = Files.newInputStream(target);
            return Optional.of(new StoredObject(in, size, type,
                    "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\""));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ProviderUnavailable("Media storage is unavailable; try again shortly.", e);
        }
    }

    @Override
    public void delete(String key) {
        Path target = resolve(key);
        try {
            Files.deleteIfExists(target);
            Files.deleteIfExists(typeFile(target));
            deleteEmptyParents(target.getParent());
        } catch (IOException e) {
            throw new ProviderUnavailable("Media storage is unavailable; try again shortly.", e);
        }
    }

    @Override
    public String publicUrl(String key) {
        return baseUrl + "/media/" + key;
    }

    /** @return the folder holding the objects */
    public Path root() {
        return root;
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("key outside the media folder");
        }
        return p;
    }

    private void deleteEmptyParents(Path dir) throws IOException {
        Path d = dir;
        while (d != null && !d.equals(root) && d.startsWith(root)) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.deleteIfExists(d);
            d = d.getParent();
        }
    }

    private static Path typeFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".type");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
