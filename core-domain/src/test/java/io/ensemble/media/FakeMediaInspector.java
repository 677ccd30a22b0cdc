package io.ensemble.media;

import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Types files by a text prefix ({@code JPG}, {@code PNG}, {@code WEBP}, {@code MP4}; else text),
 * and "decodes" {@code <prefix> <width>x<height>} headers: over {@code maxPixels} is 413, an image
 * without a size is {@code INVALID_IMAGE}. Variants are small files named after their role.
 */
final class FakeMediaInspector implements MediaInspector {
    @Override
    public String detect(Path file) {
        try {
            return detect(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String detect(byte[] bytes) {
        String head = new String(bytes, StandardCharsets.US_ASCII);
        if (head.startsWith("JPG")) {
            return "image/jpeg";
        }
        if (head.startsWith("PNG")) {
            return "image/png";
        }
        if (head.startsWith("WEBP")) {
            return "image/webp";
        }
        if (head.startsWith("MP4")) {
            return "video/mp4";
        }
        return "text/plain";
    }

    @Override
    public ImageVariants prepare(Path file, String contentType, long maxPixels, Path workDir) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).split(" ");
            if (parts.length < 2 || !parts[1].contains("x")) {
                throw new ValidationFailed("INVALID_IMAGE", "cannot decode");
            }
            int w = Integer.parseInt(parts[1].split("x")[0]);
            int h = Integer.parseInt(parts[1].split("x")[1]);
            if ((long) w * h > maxPixels) {
                throw new PayloadTooLarge("too many pixels");
            }
            Path original = Files.writeString(workDir.resolve("original"), "clean original");
            Path thumb = Files.writeString(workDir.resolve("thumb"), "thumb");
            Path display = Files.writeString(workDir.resolve("display"), "display");
            String out = contentType.equals("image/jpeg") ? "image/jpeg" : "image/png";
            return new ImageVariants(original, Files.size(original), thumb, display, w, h, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
