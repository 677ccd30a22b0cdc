package io.ensemble.media;

import io.ensemble.shared.errors.ProviderUnavailable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link MediaStorage} in a map; can fail every put after the first {@code n}, and can presign. */
final class InMemoryMediaStorage implements MediaStorage {
    final Map<String, byte[]> objects = new LinkedHashMap<>();
    final Map<String, String> types = new LinkedHashMap<>();
    private int putsBeforeFailure = Integer.MAX_VALUE;
    private boolean presigns;

    void failPutsAfter(int n) {
        putsBeforeFailure = n;
    }

    void presign() {
        presigns = true;
    }

    @Override
    public void put(String key, Path file, String contentType) {
        if (putsBeforeFailure-- <= 0) {
            throw new ProviderUnavailable("store down");
        }
        try {
            objects.put(key, Files.readAllBytes(file));
            types.put(key, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) {
        byte[] bytes = objects.get(key);
        return bytes == null ? Optional.empty() : Optional.of(new StoredObject(new ByteArrayInputStream(bytes),
                bytes.length, types.get(key), "\"" + bytes.length + "\""));
    }

    @Override
    public void delete(String key) {
        objects.remove(key);
        types.remove(key);
    }

    @Override
    public String publicUrl(String key) {
        return "https://cdn.test/" + key;
    }

    @Override
    public Optional<String> presignedUrl(String key, Duration ttl) {
        return presigns ? Optional.of("https://store.test/" + key + "?ttl=" + ttl.toSeconds()) : Optional.empty();
    }
}
