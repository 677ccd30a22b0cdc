package io.ensemble.app.support;

import io.ensemble.persistence.testing.TestDatabase;

/** One freshly created and migrated database for every end-to-end test class of this JVM; dropped at exit. */
public final class SharedDatabase {
    private static TestDatabase db;

    private SharedDatabase() {
    }

    public static synchronized TestDatabase get() {
        if (db == null) {
            db = TestDatabase.create().migrate();
        }
        return db;
    }
}
