package io.ensemble.app.privacy;

import io.ensemble.app.support.SharedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Looks for personal strings where they must not be after an erasure: a pg_dump and the media folder. */
final class PersonalDataScan {
    private PersonalDataScan() {
    }

    /** @return the whole test database as pg_dump writes it (schema and data), lower-cased */
    static String dumpDatabase() {
        var db = SharedDatabase.get();
        String url = db.jdbcUrl().substring("jdbc:postgresql://".length());
        String hostPort = url.substring(0, url.indexOf('/'));
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        String port = hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432";
        try {
            Path out = Files.createTempFile("erasure-dump", ".sql");
            Process p = new ProcessBuilder("pg_dump", "-h", host, "-p", port, "-U", db.user(), "-f", out.toString(),
                    db.name()).redirectErrorStream(true).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + new String(p.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8));
            }
            String dump = Files.readString(out, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            Files.delete(out);
            return dump;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the files under {@code root} whose bytes contain any of {@code terms} (case-insensitive) */
    static List<Path> filesContaining(Path root, List<String> terms) {
        List<Path> found = new ArrayList<>();
        if (!Files.exists(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                if (terms.stream().anyMatch(t -> text.contains(t.toLowerCase(Locale.ROOT)))) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
