package io.ensemble.app.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real image bytes made with ImageIO, plus hand-made EXIF and pixel-bomb variants. */
public final class TestImages {
    private TestImages() {
    }

    /** @return a {@code width}×{@code height} image encoded as {@code format} ({@code jpg} or {@code png}) */
    public static byte[] encode(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return a JPEG with an EXIF APP1 segment: orientation 6 (rotate 90° clockwise), a camera make
     *     {@code SECRETCAM} and a GPS IFD with latitude ref {@code N}
     */
    public static byte[] jpegWithExif(int width, int height) {
        byte[] jpeg = encode("jpg", width, height);
        int app0End = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff)); // SOI + APP0 marker + length
        byte[] tiff = exifTiff();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.writeBytes(app1.array());
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }

    private static byte[] exifTiff() {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries (12 bytes each) + next-IFD offset -> ends at 8 + 2 + 36 + 4 = 50
        b.putShort((short) 3);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(10).putInt(50);   // Make -> "SECRETCAM\0" at 50
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(60);    // GPS IFD at 60
        b.putInt(0);
        b.put("SECRETCAM\0".getBytes(StandardCharsets.US_ASCII));               // 50..59
        b.putShort((short) 1);                                                  // GPS IFD: 1 entry
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0)
                .putShort((short) 0);
        b.putInt(0);
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return out;
    }

    /** @return a valid PNG whose header declares {@code width}×{@code height} (a decompression bomb) */
    public static byte[] pngDeclaring(int width, int height) {
        byte[] png = encode("png", 1, 1);
        ByteBuffer b = ByteBuffer.wrap(png).order(ByteOrder.BIG_ENDIAN);
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" + 13 data bytes
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    /** @return whether {@code needle} occurs in {@code bytes} */
    public static boolean contains(byte[] bytes, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= bytes.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
