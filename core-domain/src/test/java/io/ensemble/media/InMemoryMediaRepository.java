package io.ensemble.media;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link MediaRepository} in a map; {@link #shareWith} stands in for "sent in a conversation with". */
final class InMemoryMediaRepository implements MediaRepository {
    final Map<UUID, Media> rows = new LinkedHashMap<>();
    private final Map<UUID, Set<UUID>> readers = new LinkedHashMap<>();
    private final Set<UUID> listedInMessages = new HashSet<>();

    /** Lets {@code reader} read {@code mediaId}, as if its owner had sent it in their conversation. */
    void shareWith(UUID mediaId, UUID reader) {
        readers.computeIfAbsent(mediaId, k -> new HashSet<>()).add(reader);
        listedInMessages.add(mediaId);
    }

    @Override
    public void insert(Media media) {
        if (rows.putIfAbsent(media.id(), media) != null) {
            throw new IllegalStateException("duplicate id");
        }
    }

    @Override
    public Optional<Media> findOwned(UUID id, UUID ownerId) {
        return Optional.ofNullable(rows.get(id)).filter(m -> m.ownerId().equals(ownerId));
    }

    @Override
    public Optional<Media> findReadable(UUID id, UUID readerId) {
        return Optional.ofNullable(rows.get(id)).filter(m -> m.ownerId().equals(readerId)
                || readers.getOrDefault(id, Set.of()).contains(readerId));
    }

    @Override
    public void markAttached(UUID id, Instant at) {
        rows.computeIfPresent(id, (k, m) -> m.attachedAt().isPresent() ? m : new Media(m.id(), m.ownerId(),
                m.purpose(), m.contentType(), m.bytes(), m.width(), m.height(), m.storageKey(), m.thumbnailKey(),
                m.displayKey(), Optional.of(at), m.createdAt()));
    }

    @Override
    public boolean delete(UUID id) {
        return rows.remove(id) != null;
    }

    @Override
    public List<Media> unattachedBefore(Instant before, int limit) {
        return rows.values().stream().filter(m -> m.attachedAt().isEmpty() && m.createdAt().isBefore(before)
                && !listedInMessages.contains(m.id())).sorted(Comparator.comparing(Media::createdAt))
                .limit(limit).toList();
    }
}
