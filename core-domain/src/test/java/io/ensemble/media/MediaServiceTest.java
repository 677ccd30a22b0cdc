package io.ensemble.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.shared.errors.NotFound;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ProviderUnavailable;
import io.ensemble.shared.errors.UnsupportedMediaType;
import io.ensemble.shared.errors.ValidationFailed;
import io.ensemble.testing.DirectTransactions;
import io.ensemble.testing.MutableClock;
import io.ensemble.testing.SequentialIdGenerator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MediaService} (issue 7 §1-2) against in-memory fakes of its ports. */
class MediaServiceTest {
    private static final MediaSettings SETTINGS = new MediaSettings(100, 200, 1_000, 3, Duration.ofHours(1),
            Duration.ofHours(24));
    private final InMemoryMediaRepository repo = new InMemoryMediaRepository();
    private final InMemoryMediaStorage storage = new InMemoryMediaStorage();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<String> avatars = new ArrayList<>();
    private final UrlSigner signer = new UrlSigner(new byte[32]);
    private boolean avatarFails;
    private MediaService media;
    private final Caller alice = new Caller(UUID.randomUUID(), Role.INFLUENCER, UUID.randomUUID());
    private final Caller bob = new Caller(UUID.randomUUID(), Role.SALON, UUID.randomUUID());
    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        AvatarSetter setter = (user, url, at) -> {
            if (avatarFails) {
                throw new ProviderUnavailable("profiles down");
            }
            avatars.add(user + " " + url);
        };
        media = new MediaService(repo, storage, new FakeMediaInspector(), setter, signer, new DirectTransactions(),
                new SequentialIdGenerator(), clock, SETTINGS);
    }

    private Path file(String content) throws Exception {
        return Files.writeString(Files.createTempFile(tmp, "up", ".bin"), content, StandardCharsets.US_ASCII);
    }

    @Test
    void an_image_is_stored_cleaned_with_thumbnail_and_display_and_answered_with_public_links() throws Exception {
        StoredMedia stored = media.upload(alice, MediaPurpose.POST, file("JPG 30x20"));

        Media m = stored.media();
        String prefix = "public/post/" + m.id() + "/";
        assertThat(storage.objects.keySet()).containsExactly(prefix + "original.jpg", prefix + "thumb.jpg",
                prefix + "display.jpg");
        assertThat(new String(storage.objects.get(prefix + "original.jpg"), StandardCharsets.US_ASCII))
                .as("the re-encoded original, not the bytes sent").isEqualTo("clean original");
        assertThat(m.width()).isEqualTo(30);
        assertThat(m.height()).isEqualTo(20);
        assertThat(m.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.links().url()).isEqualTo("https://cdn.test/" + prefix + "display.jpg");
        assertThat(stored.links().thumbnailUrl()).isEqualTo("https://cdn.test/" + prefix + "thumb.jpg");
        assertThat(repo.rows).containsKey(m.id());
    }

    @Test
    void private_links_are_hmac_signed_and_expire_or_come_presigned_from_the_store() throws Exception {
        StoredMedia stored = media.upload(alice, MediaPurpose.CHAT_ATTACHMENT, file("PNG 10x10"));
        String url = stored.links().url();
        String key = "private/chat_attachment/" + stored.media().id() + "/display.png";
        assertThat(url).startsWith("https://cdn.test/" + key + "?expires=");
        URI uri = URI.create(url);
        long expires = Long.parseLong(uri.getQuery().replaceAll(".*expires=(\\d+).*", "$1"));
        String sig = uri.getQuery().replaceAll(".*sig=([^&]+).*", "$1");
        assertThat(expires).isEqualTo(clock.instant().plus(Duration.ofHours(1)).getEpochSecond());

        assertThat(media.open(key, Optional.empty(), Optional.of(expires), Optional.of(sig)).isPrivate()).isTrue();
        assertThatThrownBy(() -> media.open(key, Optional.empty(), Optional.of(expires + 1), Optional.of(sig)))
                .isInstanceOf(NotFound.class);
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> media.open(key, Optional.empty(), Optional.of(expires), Optional.of(sig)))
                .as("expired").isInstanceOf(NotFound.class);

        storage.presign();
        assertThat(media.links(stored.media()).url()).isEqualTo("https://store.test/" + key + "?ttl=3600");
    }

    @Test
    void private_objects_open_for_the_owner_and_readers_it_was_sent_to_only() throws Exception {
        Media m = media.upload(alice, MediaPurpose.CHAT_ATTACHMENT, file("PNG 10x10")).media();
        String key = m.storageKey();
        assertThat(media.open(key, Optional.of(alice.userId()), Optional.empty(), Optional.empty())).isNotNull();
        assertThatThrownBy(() -> media.open(key, Optional.of(bob.userId()), Optional.empty(), Optional.empty()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> media.get(bob, m.id())).isInstanceOf(NotFound.class);

        repo.shareWith(m.id(), bob.userId());
        assertThat(media.open(key, Optional.of(bob.userId()), Optional.empty(), Optional.empty())).isNotNull();
        assertThat(media.get(bob, m.id()).links().url()).contains("sig=");
        assertThatThrownBy(() -> media.open("private/../../secrets/key", Optional.of(alice.userId()),
                Optional.empty(), Optional.empty())).isInstanceOf(NotFound.class);
    }

    @Test
    void empty_unknown_and_oversized_files_are_refused_and_nothing_is_stored() throws Exception {
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.GENERAL, file(""))).isInstanceOf(
                ValidationFailed.class);
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.GENERAL, file("%PDF-1.4")))
                .isInstanceOf(UnsupportedMediaType.class);
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.GENERAL, file("JPG 1x1 " + "x".repeat(100))))
                .isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.GENERAL, file("MP4 " + "x".repeat(200))))
                .isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.GENERAL, file("PNG 100x100")))
                .as("pixel bomb").isInstanceOf(PayloadTooLarge.class);
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.GENERAL, file("PNG truncated")))
                .isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> media.uploadAvatar(alice, file("MP4 movie"))).isInstanceOf(
                UnsupportedMediaType.class);
        assertThat(repo.rows).isEmpty();
        assertThat(storage.objects).isEmpty();
    }

    @Test
    void a_video_is_stored_as_sent_without_variants() throws Exception {
        Media m = media.upload(alice, MediaPurpose.CHAT_ATTACHMENT, file("MP4 clip")).media();
        assertThat(m.keys()).containsExactly("private/chat_attachment/" + m.id() + "/original.mp4");
        assertThat(m.thumbnailKey()).isEmpty();
        assertThat(storage.types).containsValue("video/mp4");
    }

    @Test
    void a_store_failing_half_way_leaves_no_object_and_no_row() throws Exception {
        storage.failPutsAfter(2);
        assertThatThrownBy(() -> media.upload(alice, MediaPurpose.POST, file("JPG 10x10")))
                .isInstanceOf(ProviderUnavailable.class);
        assertThat(storage.objects).isEmpty();
        assertThat(repo.rows).isEmpty();
    }

    @Test
    void upload_all_is_all_or_nothing_and_capped() throws Exception {
        assertThatThrownBy(() -> media.uploadAll(alice, MediaPurpose.EVENT,
                List.of(file("PNG 1x1"), file("JPG 2x2"), file("not an image"))))
                .isInstanceOf(UnsupportedMediaType.class);
        assertThat(repo.rows).isEmpty();
        assertThat(storage.objects).isEmpty();
        assertThatThrownBy(() -> media.uploadAll(alice, MediaPurpose.EVENT, List.of(file("PNG 1x1"),
                file("PNG 1x1"), file("PNG 1x1"), file("PNG 1x1")))).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> media.uploadAll(alice, MediaPurpose.EVENT, List.of()))
                .isInstanceOf(ValidationFailed.class);

        assertThat(media.uploadAll(alice, MediaPurpose.EVENT, List.of(file("PNG 1x1"), file("JPG 2x2"))))
                .hasSize(2);
        assertThat(repo.rows).hasSize(2);
    }

    @Test
    void an_avatar_is_attached_and_set_or_removed_again_when_the_profile_update_fails() throws Exception {
        StoredMedia stored = media.uploadAvatar(alice, file("JPG 5x5"));
        assertThat(avatars).containsExactly(alice.userId() + " " + stored.links().url());
        assertThat(repo.rows.get(stored.media().id()).attachedAt()).hasValue(clock.instant());

        avatarFails = true;
        assertThatThrownBy(() -> media.uploadAvatar(alice, file("PNG 5x5"))).isInstanceOf(ProviderUnavailable.class);
        assertThat(repo.rows).hasSize(1);
        assertThat(storage.objects).hasSize(3);
    }

    @Test
    void delete_is_owner_only_and_removes_every_object() throws Exception {
        Media m = media.upload(alice, MediaPurpose.POST, file("PNG 3x3")).media();
        repo.shareWith(m.id(), bob.userId());
        assertThatThrownBy(() -> media.delete(bob, m.id())).isInstanceOf(NotFound.class);
        assertThat(storage.objects).hasSize(3);

        media.delete(alice, m.id());
        assertThat(repo.rows).isEmpty();
        assertThat(storage.objects).isEmpty();
        assertThatThrownBy(() -> media.delete(alice, m.id())).isInstanceOf(NotFound.class);
    }

    @Test
    void cleanup_removes_only_old_uploads_never_attached_nor_sent() throws Exception {
        Media old = media.upload(alice, MediaPurpose.GENERAL, file("PNG 1x1")).media();
        Media sent = media.upload(alice, MediaPurpose.CHAT_ATTACHMENT, file("PNG 1x1")).media();
        repo.shareWith(sent.id(), bob.userId());
        Media avatar = media.uploadAvatar(alice, file("JPG 1x1")).media();
        clock.advance(Duration.ofHours(23));
        Media fresh = media.upload(alice, MediaPurpose.GENERAL, file("PNG 1x1")).media();
        clock.advance(Duration.ofHours(2));

        assertThat(media.cleanupUnattached()).isEqualTo(1);
        assertThat(repo.rows.keySet()).containsExactlyInAnyOrder(sent.id(), avatar.id(), fresh.id());
        assertThat(storage.objects.keySet()).noneMatch(k -> k.contains(old.id().toString()));
        assertThat(media.cleanupUnattached()).isZero();
    }
}
