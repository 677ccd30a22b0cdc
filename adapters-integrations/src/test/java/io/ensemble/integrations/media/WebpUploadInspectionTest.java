package io.ensemble.integrations.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.media.ImageVariants;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WebP uploads through {@link TikaMediaInspector}: detected from the bytes, decoded by TwelveMonkeys
 * imageio-webp with the pixel limit checked from the header, variants made, and the original kept
 * without its EXIF/XMP/ICC chunks. Files are built by hand in the RIFF layout of the WebP
 * Container Specification around a 1×1 lossless VP8L bitstream.
 */
class WebpUploadInspectionTest {
    /** A 1×1 lossless WebP (simple format), the widely used feature-detection sample. */
    private static final byte[] LOSSLESS_1X1 = Base64.getDecoder()
            .decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    private final TikaMediaInspector inspector = new TikaMediaInspector();
    @TempDir
    Path tmp;

    /** Extended format: VP8X (flags: EXIF and XMP present) + the VP8L chunk + EXIF and XMP chunks. */
    private static byte[] extendedWithMetadata(byte[] vp8lChunk) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.write(chunk("VP8X", new byte[] {0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        body.write(vp8lChunk);
        body.write(chunk("EXIF", "Exif\0\0GPSLatitude=51.5007 GPSLongitude=-0.1246".getBytes(StandardCharsets.US_ASCII)));
        body.write(chunk("XMP ", "<x:xmpmeta>secret location</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
        return riff(body.toByteArray());
    }

    private static byte[] vp8lChunk(byte[] simpleFile) {
        return Arrays.copyOfRange(simpleFile, 12, simpleFile.length);
    }

    private static byte[] chunk(String fourcc, byte[] payload) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(fourcc.getBytes(StandardCharsets.US_ASCII));
        out.write(le32(payload.length));
        out.write(payload);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] riff(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.write(le32(body.length));
        out.write(body);
        return out.toByteArray();
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Test
    void a_webp_is_decoded_its_variants_made_and_its_metadata_removed() throws Exception {
        byte[] webp = extendedWithMetadata(vp8lChunk(LOSSLESS_1X1));
        Path file = Files.write(tmp.resolve("photo.jpg"), webp);
        assertThat(inspector.detect(file)).isEqualTo("image/webp");
        Path work = Files.createDirectory(tmp.resolve("work"));

        ImageVariants v = inspector.prepare(file, "image/webp", 40_000_000L, work);

        assertThat(v.width()).isEqualTo(1);
        assertThat(v.height()).isEqualTo(1);
        assertThat(v.contentType()).isEqualTo("image/png");
        byte[] original = Files.readAllBytes(v.original());
        assertThat(contains(original, "GPSLatitude")).isFalse();
        assertThat(contains(original, "secret location")).isFalse();
        assertThat(contains(original, "EXIF")).isFalse();
        assertThat(original[20] & (0x08 | 0x04)).as("VP8X metadata flags cleared").isZero();
        assertThat(inspector.detect(original)).isEqualTo("image/webp");
        assertThat(ImageIO.read(v.original().toFile()).getWidth()).as("still a valid WebP").isEqualTo(1);
        assertThat(ImageIO.read(v.thumbnail().toFile())).isNotNull();
        assertThat(v.originalBytes()).isEqualTo(original.length).isLessThan(webp.length);
    }

    @Test
    void a_webp_declaring_more_pixels_than_allowed_is_refused_before_decoding() throws Exception {
        byte[] bomb = LOSSLESS_1X1.clone();
        // VP8L header after the 0x2f signature: 14 bits width-1, 14 bits height-1, alpha, version
        bomb[21] = (byte) 0xff;
        bomb[22] = (byte) 0xff;
        bomb[23] = (byte) 0xff;
        bomb[24] = (byte) 0x1f;
        Path file = Files.write(tmp.resolve("bomb.webp"), bomb);
        assertThat(inspector.detect(file)).isEqualTo("image/webp");
        assertThatThrownBy(() -> inspector.prepare(file, "image/webp", 40_000_000L,
                Files.createDirectory(tmp.resolve("w")))).isInstanceOf(PayloadTooLarge.class);
    }

    @Test
    void a_truncated_webp_is_invalid() throws Exception {
        byte[] truncated = Arrays.copyOf(extendedWithMetadata(vp8lChunk(LOSSLESS_1X1)), 30);
        Path file = Files.write(tmp.resolve("cut.webp"), truncated);
        assertThatThrownBy(() -> inspector.prepare(file, "image/webp", 40_000_000L,
                Files.createDirectory(tmp.resolve("w")))).isInstanceOf(ValidationFailed.class);
    }
}
