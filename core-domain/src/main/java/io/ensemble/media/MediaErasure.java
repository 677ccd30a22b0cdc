package io.ensemble.media;

import io.ensemble.privacy.ErasePersonalData;
import io.ensemble.privacy.ErasureSubject;
import io.ensemble.privacy.PersonalFiles;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The media context's part of account erasure and export (issue 20 §4). Step {@code media-files}:
 * every stored object of the user's uploads (original, thumbnail, display size; the avatar among them)
 * is deleted from the store, then the upload's row. A store failure fails the step so the job retries
 * it; deleting an object already gone is harmless (idempotent). For the export, the originals.
 */
public final class MediaErasure implements ErasePersonalData, PersonalFiles {
    private final OwnedMedia owned;
    private final MediaRepository repo;
    private final MediaStorage storage;

    /** Wires the ports. */
    public MediaErasure(OwnedMedia owned, MediaRepository repo, MediaStorage storage) {
        this.owned = Objects.requireNonNull(owned, "owned");
        this.repo = Objects.requireNonNull(repo, "repo");
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public String step() {
        return "media-files";
    }

    @Override
    public void erase(ErasureSubject subject) {
        for (Media media : owned.ownedBy(subject.userId())) {
            media.keys().forEach(storage::delete);
            repo.delete(media.id());
        }
    }

    @Override
    public List<PersonalFile> filesOf(UUID userId) {
        return owned.ownedBy(userId).stream()
                .map(m -> new PersonalFile(m.id() + extension(m.contentType()), m.storageKey())).toList();
    }

    @Override
    public Optional<InputStream> open(PersonalFile file) {
        return storage.open(file.key()).map(MediaStorage.StoredObject::content);
    }

    private static String extension(String contentType) {
        int slash = contentType.indexOf('/');
        return slash < 0 ? "" : "." + contentType.substring(slash + 1).replaceAll("[^a-z0-9]", "");
    }
}
