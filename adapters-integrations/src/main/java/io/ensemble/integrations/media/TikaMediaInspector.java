package io.ensemble.integrations.media;

import io.ensemble.media.ImageVariants;
import io.ensemble.media.MediaInspector;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ValidationFailed;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.apache.tika.Tika;

/**
 * {@link MediaInspector} with Apache Tika (type from magic bytes only, never the name) and
 * ImageIO/Thumbnailator: the header is read first so a pixel bomb is refused before decoding,
 * the image is decoded once, EXIF orientation applied, and every output is encoded from pixels,
 * so no EXIF/GPS/ICC comments survive. GIF originals are kept as sent (animation); WebP ones
 * (decoded by TwelveMonkeys imageio-webp, which cannot encode) are kept with their EXIF/XMP/ICC
 * chunks removed ({@link WebpMetadata}); the variants of both are PNG.
 */
public final class TikaMediaInspector implements MediaInspector {
    static final int THUMBNAIL = 300;
    static final int DISPLAY = 1080;
    private static final float JPEG_QUALITY = 0.9f;
    private final Tika tika = new Tika();

    @Override
    public String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String detect(byte[] bytes) {
        return tika.detect(bytes);
    }

    @Override
    public ImageVariants prepare(Path file, String contentType, long maxPixels, Path workDir) {
        BufferedImage image = decode(file, maxPixels);
        boolean jpeg = contentType.equals("image/jpeg");
        String format = jpeg ? "jpg" : "png";
        String outType = jpeg ? "image/jpeg" : "image/png";
        if (jpeg) {
            image = withoutAlpha(image);
        }
        try {
            Path original = file;
            if (contentType.equals("image/webp")) {
                original = workDir.resolve("original.webp");
                WebpMetadata.strip(file, original);
            } else if (!contentType.equals("image/gif")) {
                original = workDir.resolve("original." + format);
                write(Thumbnails.of(image).scale(1.0), format, original);
            }
            Path thumb = workDir.resolve("thumb." + format);
            write(Thumbnails.of(image).size(THUMBNAIL, THUMBNAIL), format, thumb);
            Path display = workDir.resolve("display." + format);
            boolean small = Math.max(image.getWidth(), image.getHeight()) <= DISPLAY;
            write(small ? Thumbnails.of(image).scale(1.0) : Thumbnails.of(image).size(DISPLAY, DISPLAY), format,
                    display);
            return new ImageVariants(original, Files.size(original), thumb, display, image.getWidth(),
                    image.getHeight(), outType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Thumbnails.Builder<BufferedImage> builder, String format, Path target)
            throws IOException {
        builder.outputFormat(format);
        if (format.equals("jpg")) {
            builder.outputQuality(JPEG_QUALITY);
        }
        builder.toFile(target.toFile());
    }

    private static BufferedImage decode(Path file, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw invalid();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new PayloadTooLarge("Images may have at most " + maxPixels + " pixels.");
                }
                Orientation orientation = orientation(reader);
                BufferedImage image = reader.read(0);
                return orientation == null || orientation == Orientation.TOP_LEFT ? image
                        : ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PayloadTooLarge p) {
                throw p;
            }
            throw invalid();
        }
    }

    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static ValidationFailed invalid() {
        return new ValidationFailed("INVALID_IMAGE", "The image could not be decoded; send a complete, valid file.");
    }
}
