package io.ensemble.media;

import io.ensemble.identity.Caller;
import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.UnsupportedMediaType;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.shared.ids.IdGenerator;
import io.ensemble.shared.transactions.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases of the media context (issue 7 §1): upload, upload several, set an avatar, delete, serve
 * stored objects, and clean up uploads never attached. Objects are stored before the row is
 * inserted and removed again when anything fails, so there is never a row without its objects.
 */
public final class MediaService {
    private static final Logger LOG = LoggerFactory.getLogger(MediaService.class);
    private static final int CLEANUP_BATCH = 500;

    private final MediaRepository repo;
    private final MediaStorage storage;
    private final MediaInspector inspector;
    private final AvatarSetter avatars;
    private final UrlSigner signer;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final MediaSettings settings;

    /** Wires the ports; every argument is required. */
    public MediaService(MediaRepository repo, MediaStorage storage, MediaInspector inspector, AvatarSetter avatars,
            UrlSigner signer, Transactions tx, IdGenerator ids, Clock clock, MediaSettings settings) {
        this.repo = Objects.requireNonNull(repo, "repo");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.avatars = Objects.requireNonNull(avatars, "avatars");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the limits in force (the web adapter caps streamed bytes with them) */
    public MediaSettings settings() {
        return settings;
    }

    /**
     * Stores one uploaded file for {@code caller}. The caller keeps ownership of {@code file} and deletes it.
     *
     * @throws UnsupportedMediaType when the bytes are not an accepted image or video
     * @throws PayloadTooLarge over the byte or pixel limit of its type
     * @throws ValidationFailed when the file is empty or the image cannot be decoded
     */
    public StoredMedia upload(Caller caller, MediaPurpose purpose, Path file) {
        return withLinks(store(caller.userId(), purpose, file, false));
    }

    /** Stores several files, all or none: when one is refused the ones already stored are removed. */
    public List<StoredMedia> uploadAll(Caller caller, MediaPurpose purpose, List<Path> files) {
        if (files.isEmpty()) {
            throw new ValidationFailed(List.of(new FieldError("files", "at least one file is required")));
        }
        if (files.size() > settings.maxFiles()) {
            throw new ValidationFailed(List.of(new FieldError("files",
                    "at most " + settings.maxFiles() + " files per request")));
        }
        List<Media> done = new ArrayList<>();
        try {
            for (Path f : files) {
                done.add(store(caller.userId(), purpose, f, false));
            }
        } catch (RuntimeException e) {
            done.forEach(this::remove);
            throw e;
        }
        return done.stream().map(this::withLinks).toList();
    }

    /** Stores an image as the caller's avatar and sets it on their profile (seeds/001 upload-picture). */
    public StoredMedia uploadAvatar(Caller caller, Path file) {
        Media media = store(caller.userId(), MediaPurpose.AVATAR, file, true);
        StoredMedia stored = withLinks(media);
        try {
            Instant now = clock.instant();
            tx.run(() -> {
                repo.markAttached(media.id(), now);
                avatars.setAvatar(caller.userId(), stored.links().url(), now);
            });
        } catch (RuntimeException e) {
            remove(media);
            throw e;
        }
        return stored;
    }

    /**
     * One media with fresh links (signed, short-lived ones for private media), for its owner or for a
     * member of a conversation where the owner sent it as a message attachment.
     *
     * @throws NotFound for anyone else and for unknown ids
     */
    public StoredMedia get(Caller caller, UUID mediaId) {
        return repo.findReadable(mediaId, caller.userId()).map(this::withLinks)
                .orElseThrow(() -> new NotFound("No such media."));
    }

    /** Deletes the caller's media and its stored objects. @throws NotFound when it is not the caller's */
    public void delete(Caller caller, UUID mediaId) {
        Media media = repo.findOwned(mediaId, caller.userId()).orElseThrow(() -> new NotFound("No such media."));
        remove(media);
    }

    /**
     * Removes uploads never attached to anything and older than {@link MediaSettings#unattachedTtl()}.
     *
     * @return how many were removed
     */
    public int cleanupUnattached() {
        Instant before = clock.instant().minus(settings.unattachedTtl());
        int total = 0;
        List<Media> batch;
        do {
            batch = repo.unattachedBefore(before, CLEANUP_BATCH);
            batch.forEach(this::remove);
            total += batch.size();
        } while (batch.size() == CLEANUP_BATCH);
        if (total > 0) {
            LOG.info("Removed {} unattached uploads", total);
        }
        return total;
    }

    /**
     * Opens a stored object for serving. Public objects are open to all; private ones need a valid,
     * unexpired signature, or as {@code caller} the owner or a member of a conversation it was sent to.
     *
     * @throws NotFound for unknown keys, malformed keys and private objects the request may not see
     */
    public ServedObject open(String key, Optional<UUID> caller, Optional<Long> expires, Optional<String> signature) {
        if (!StorageKeys.isWellFormed(key)) {
            throw new NotFound("No such media.");
        }
        boolean isPrivate = StorageKeys.isPrivate(key);
        if (isPrivate && !mayReadPrivate(key, caller, expires, signature)) {
            throw new NotFound("No such media.");
        }
        MediaStorage.StoredObject object = storage.open(key).orElseThrow(() -> new NotFound("No such media."));
        return new ServedObject(object, isPrivate);
    }

    private boolean mayReadPrivate(String key, Optional<UUID> caller, Optional<Long> expires, Optional<String> sig) {
        if (expires.isPresent() && sig.isPresent()
                && signer.verify(StorageKeys.path(key), expires.get(), sig.get(), clock.instant())) {
            return true;
        }
        Optional<UUID> mediaId = StorageKeys.mediaId(key);
        return caller.isPresent() && mediaId.isPresent() && repo.findReadable(mediaId.get(), caller.get()).isPresent();
    }

    /** @return the client URLs of {@code media}: signed and short-lived for private media */
    public MediaLinks links(Media media) {
        String main = url(media, media.displayKey().orElse(media.storageKey()));
        String thumb = media.thumbnailKey().map(k -> url(media, k)).orElse(main);
        return new MediaLinks(main, thumb);
    }

    private String url(Media media, String key) {
        if (!media.purpose().isPrivate()) {
            return storage.publicUrl(key);
        }
        Optional<String> presigned = storage.presignedUrl(key, settings.signedUrlTtl());
        if (presigned.isPresent()) {
            return presigned.get();
        }
        long expires = clock.instant().plus(settings.signedUrlTtl()).getEpochSecond();
        return storage.publicUrl(key) + "?expires=" + expires + "&sig=" + signer.sign(StorageKeys.path(key), expires);
    }

    private StoredMedia withLinks(Media media) {
        return new StoredMedia(media, links(media));
    }

    private Media store(UUID owner, MediaPurpose purpose, Path file, boolean imagesOnly) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ValidationFailed(List.of(new FieldError("file", "is empty")));
        }
        String type = inspector.detect(file);
        boolean image = MediaTypes.IMAGES.contains(type);
        if (!image && (imagesOnly || !MediaTypes.VIDEOS.contains(type))) {
            throw new UnsupportedMediaType(imagesOnly ? "Send a JPEG, PNG, WebP or GIF image."
                    : "Send a JPEG, PNG, WebP or GIF image, or an MP4 or QuickTime video.");
        }
        if (image && size > settings.maxImageBytes()) {
            throw new PayloadTooLarge("Images may be at most " + settings.maxImageBytes() + " bytes.");
        }
        if (!image && size > settings.maxVideoBytes()) {
            throw new PayloadTooLarge("Videos may be at most " + settings.maxVideoBytes() + " bytes.");
        }
        UUID id = ids.newId();
        String prefix = StorageKeys.prefix(purpose, id);
        List<String> written = new ArrayList<>();
        Path work = null;
        try {
            Media media;
            if (MediaTypes.DECODED_IMAGES.contains(type)) {
                work = Files.createTempDirectory("ensemble-media");
                ImageVariants v = inspector.prepare(file, type, settings.maxPixels(), work);
                String ext = MediaTypes.extension(v.contentType());
                String original = put(prefix + "original." + MediaTypes.extension(type), v.original(), type, written);
                String thumb = put(prefix + "thumb." + ext, v.thumbnail(), v.contentType(), written);
                String display = put(prefix + "display." + ext, v.display(), v.contentType(), written);
                media = new Media(id, owner, purpose, type, v.originalBytes(), v.width(), v.height(), original,
                        Optional.of(thumb), Optional.of(display), Optional.empty(), clock.instant());
            } else {
                String original = put(prefix + "original." + MediaTypes.extension(type), file, type, written);
                media = new Media(id, owner, purpose, type, size, 0, 0, original, Optional.empty(), Optional.empty(),
                        Optional.empty(), clock.instant());
            }
            repo.insert(media);
            return media;
        } catch (IOException e) {
            written.forEach(this::deleteQuietly);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            written.forEach(this::deleteQuietly);
            throw e;
        } finally {
            deleteTree(work);
        }
    }

    private String put(String key, Path file, String type, List<String> written) {
        written.add(key);
        storage.put(key, file, type);
        return key;
    }

    private void remove(Media media) {
        repo.delete(media.id());
        media.keys().forEach(this::deleteQuietly);
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete stored object {}", key, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete temp folder {}", dir, e);
        }
    }

    /** A stored object and whether it is private (private ones must not be cached publicly). */
    public record ServedObject(MediaStorage.StoredObject object, boolean isPrivate) {
    }
}
