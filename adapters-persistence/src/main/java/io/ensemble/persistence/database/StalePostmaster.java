package io.ensemble.persistence.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a crashed run leaves in an embedded data directory before a new start: a postmaster
 * still running on it (the JVM died without stopping it) is shut down, and a
 * {@code postmaster.pid} whose process is gone (or is some unrelated process that reused the pid)
 * is deleted. Refuses when another live process holds zonky's {@code epg-lock} on the directory.
 */
final class StalePostmaster {
    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
    private static final String PID_FILE = "postmaster.pid";
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {
    }

    /**
     * @param dataDirectory the cluster directory about to be started
     * @throws IllegalStateException when another live process is using the directory
     */
    static void clear(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        ensureNoLiveOwner(dataDirectory);
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> isPostmasterOf(p, dataDirectory));
        if (postmaster.isPresent()) {
            LOG.warn("Stopping orphaned postmaster pid {} of {} left by an earlier run", postmaster.get().pid(), dataDirectory);
            stop(postmaster.get());
        }
        try {
            if (Files.deleteIfExists(pidFile)) {
                LOG.info("Removed stale {} from {}", PID_FILE, dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove stale " + pidFile, e);
        }
    }

    private static void ensureNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock of " + dataDirectory, e);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The embedded database directory " + dataDirectory
                + " is in use by another running process; stop it or choose another directory.");
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The postmaster is started as {@code .../bin/postgres -D <dir> ...}; its backends rewrite their titles. */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster")).orElse(false);
        String dir = dataDirectory.toAbsolutePath().normalize().toString();
        boolean sameDir = info.arguments().map(List::of).map(args -> args.contains(dir)).orElse(false);
        return postgres && sameDir;
    }

    /** SIGTERM (smart shutdown: the dead JVM's connections are gone), then SIGKILL if it hangs. */
    private static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        if (!awaitExit(postmaster)) {
            LOG.warn("Postmaster pid {} ignored SIGTERM for {}; killing it", postmaster.pid(), STOP_WAIT);
            postmaster.destroyForcibly();
            if (!awaitExit(postmaster)) {
                throw new IllegalStateException("Could not stop the orphaned postmaster pid " + postmaster.pid());
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned postmaster", e);
        }
    }
}
