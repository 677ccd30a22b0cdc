package io.ensemble.integrations.media;

import io.ensemble.shared.errors.ValidationFailed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes metadata from a WebP file without re-encoding it (no WebP encoder is available in Java):
 * walks the RIFF container ("WebP Container Specification", Google), drops the {@code EXIF},
 * {@code XMP } and {@code ICCP} chunks, clears their flags in the {@code VP8X} header and fixes the
 * RIFF size. Image data (VP8, VP8L, ALPH, ANIM/ANMF frames) is copied byte for byte.
 */
final class WebpMetadata {
    private static final Set<String> METADATA = Set.of("EXIF", "XMP ", "ICCP");
    /** VP8X flag bits: ICC profile, Exif, XMP. */
    private static final int METADATA_FLAGS = 0x20 | 0x08 | 0x04;

    private WebpMetadata() {
    }

    /**
     * Writes {@code in} without its metadata chunks to {@code out}.
     *
     * @throws ValidationFailed {@code INVALID_IMAGE} when the file is not a well-formed RIFF/WEBP container
     */
    static void strip(Path in, Path out) throws IOException {
        byte[] b = Files.readAllBytes(in);
        if (b.length < 20 || !ascii(b, 0).equals("RIFF") || !ascii(b, 8).equals("WEBP")) {
            throw invalid();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(b.length);
        int pos = 12;
        while (pos + 8 <= b.length) {
            String fourcc = ascii(b, pos);
            long size = le32(b, pos + 4);
            long end = pos + 8 + size + (size & 1);
            if (pos + 8 + size > b.length) {
                throw invalid();
            }
            end = Math.min(end, b.length);
            if (!METADATA.contains(fourcc)) {
                byte[] chunk = Arrays.copyOfRange(b, pos, (int) end);
                if (fourcc.equals("VP8X") && chunk.length > 8) {
                    chunk[8] = (byte) (chunk[8] & ~METADATA_FLAGS);
                }
                body.write(chunk);
            }
            pos = (int) end;
        }
        byte[] data = body.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream(data.length + 12);
        file.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        int riffSize = data.length + 4;
        file.write(new byte[] {(byte) riffSize, (byte) (riffSize >>> 8), (byte) (riffSize >>> 16),
                (byte) (riffSize >>> 24)});
        file.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        file.write(data);
        Files.write(out, file.toByteArray());
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.US_ASCII);
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static ValidationFailed invalid() {
        return new ValidationFailed("INVALID_IMAGE", "The image could not be decoded; send a complete, valid file.");
    }
}
