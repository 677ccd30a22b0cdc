package io.ensemble.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export archive (issue 20 §4): a zip with {@code data/<table>.json} per exported table (a JSON
 * array of the user's rows as the database renders them, empty arrays included, so the archive shows
 * which tables were looked at) and {@code files/<name>} per uploaded file.
 */
final class ExportArchive {
    private ExportArchive() {
    }

    /**
     * @param rows  per table, its rows as JSON object texts
     * @param files the user's files and where to read them
     * @return a temporary zip file; the caller deletes it
     */
    static Path write(UUID userId, Map<String, List<String>> rows, PersonalFiles files,
            List<PersonalFiles.PersonalFile> list) {
        try {
            Path zip = Files.createTempFile("export-" + userId, ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, List<String>> table : rows.entrySet()) {
                    out.putNextEntry(new ZipEntry("data/" + table.getKey() + ".json"));
                    out.write(("[" + String.join(",\n", table.getValue()) + "]").getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
                for (PersonalFiles.PersonalFile file : list) {
                    Optional<InputStream> content = files.open(file);
                    if (content.isEmpty()) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry("files/" + file.name()));
                    try (InputStream in = content.get()) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export archive", e);
        }
    }

    /** Deletes a temporary file, ignoring failures. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp folder
        }
    }
}
