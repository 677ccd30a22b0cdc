package io.ensemble.web.media;

import io.ensemble.shared.errors.FieldError;
import io.ensemble.shared.errors.PayloadTooLarge;
import io.ensemble.shared.errors.ValidationFailed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * Copies multipart file parts to temp files, counting bytes and stopping at the per-file cap, and
 * deletes them (and Jersey's own buffers) when closed. Use in try-with-resources.
 */
public final class UploadedFiles implements AutoCloseable {
    private final FormDataMultiPart multipart;
    private final List<Path> files = new ArrayList<>();

    private UploadedFiles(FormDataMultiPart multipart) {
        this.multipart = multipart;
    }

    /**
     * @param multipart the parsed request (may be null when the body was not multipart)
     * @param field the part name, e.g. {@code file}
     * @param maxParts most parts accepted under that name
     * @param maxBytes per-file cap while streaming
     * @throws ValidationFailed when the part is missing or there are too many
     * @throws PayloadTooLarge when one file is over {@code maxBytes}
     */
    public static UploadedFiles of(FormDataMultiPart multipart, String field, int maxParts, long maxBytes) {
        List<FormDataBodyPart> parts = multipart == null ? null : multipart.getFields(field);
        if (parts == null || parts.isEmpty()) {
            cleanup(multipart);
            throw new ValidationFailed(List.of(new FieldError(field, "a file is required in multipart field '"
                    + field + "'")));
        }
        UploadedFiles uploaded = new UploadedFiles(multipart);
        try {
            if (parts.size() > maxParts) {
                throw new ValidationFailed(List.of(new FieldError(field, "at most " + maxParts + " files")));
            }
            for (FormDataBodyPart part : parts) {
                uploaded.files.add(copy(part, maxBytes));
            }
            return uploaded;
        } catch (RuntimeException e) {
            uploaded.close();
            throw e;
        }
    }

    /** @return the temp files, in the order of the parts */
    public List<Path> files() {
        return files;
    }

    @Override
    public void close() {
        files.forEach(f -> f.toFile().delete());
        cleanup(multipart);
    }

    private static Path copy(FormDataBodyPart part, long maxBytes) {
        try {
            Path tmp = Files.createTempFile("ensemble-upload", ".bin");
            try (InputStream in = part.getValueAs(InputStream.class); OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = in.read(buf)) >= 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new PayloadTooLarge("Each file may be at most " + maxBytes + " bytes.");
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cleanup(FormDataMultiPart multipart) {
        if (multipart != null) {
            try {
                multipart.cleanup();
                multipart.close();
            } catch (IOException | RuntimeException e) {
                // buffers are temp files; nothing more to do
            }
        }
    }

    /**
     * The optional text part {@code purpose}: {@code general} when absent; {@code avatar} is refused
     * (it has its own route).
     *
     * @throws ValidationFailed (field {@code purpose}) for an unknown value
     */
    public static io.ensemble.media.MediaPurpose purpose(FormDataMultiPart body) {
        FormDataBodyPart part = body == null ? null : body.getField("purpose");
        if (part == null) {
            return io.ensemble.media.MediaPurpose.GENERAL;
        }
        return io.ensemble.media.MediaPurpose.parse(part.getValue())
                .filter(p -> p != io.ensemble.media.MediaPurpose.AVATAR)
                .orElseThrow(() -> new ValidationFailed(List.of(new FieldError("purpose",
                        "must be one of general, event, post, chat_attachment"))));
    }
}
