package io.ensemble.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every platform README command 1 promises finds a PostgreSQL archive in the bundled binaries (the
 * system and architecture names are the ones zonky's EmbeddedPostgres passes on each machine).
 */
class BundledPostgresBinariesTest {
    private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Linux, x86_64", "Linux, aarch64", "Darwin, x86_64", "Darwin, aarch64"})
    void bundles_an_archive_for_each_promised_platform(String system, String arch) throws Exception {
        try (InputStream archive = BundledPostgresBinaries.INSTANCE.getPgBinary(system, arch)) {
            assertThat(archive.readNBytes(XZ_MAGIC.length)).as("xz header of the %s %s archive", system, arch)
                    .isEqualTo(XZ_MAGIC);
        }
    }
}
