package io.ensemble.persistence.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts an embedded database on the directory
 * given as argument, prints {@code PORT <n>}, then halts without running shutdown hooks, leaving an
 * orphaned postmaster behind as a crashed or killed application would.
 */
public final class CrashingEmbeddedStart {
    private CrashingEmbeddedStart() {
    }

    /** @param args the data directory */
    public static void main(String[] args) {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
        System.out.println("PORT " + database.port());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
