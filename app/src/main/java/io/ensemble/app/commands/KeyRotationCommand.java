package io.ensemble.app.commands;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.app.wiring.AuditWiring;
import io.ensemble.app.wiring.Persistence;
import io.ensemble.persistence.database.Migrations;
import io.ensemble.shared.audit.AuditAction;
import io.ensemble.shared.audit.AuditEntry;
import io.ensemble.shared.audit.AuditTarget;
import io.ensemble.shared.audit.FieldChange;
import io.ensemble.shared.ids.UuidV7Generator;
import io.ensemble.shared.keys.StoredKey;
import java.time.Clock;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import org.jdbi.v3.core.Jdbi;

/**
 * Base of the key rotation commands (issue 29 §1): opens the configured database (the embedded one too;
 * run those while the server is stopped), migrates it, resolves this config's keys against it (so a config
 * that disagrees with the other nodes is refused here too) and runs {@link #rotate}. A refusal
 * ({@link Refused}) or key mismatch is printed as one line, without a stack trace; the process exits 1.
 */
abstract class KeyRotationCommand extends ConfiguredCommand<EnsembleConfiguration> {

    /** Thrown when the command cannot do what was asked; the message says why and what to do. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message why, and what to do instead (never a secret) */
        Refused(String message) {
            super(message);
        }
    }

    KeyRotationCommand(String name, String description) {
        super(name, description);
    }

    /**
     * Refuses, before the database is opened, a rotation that does not apply to this configuration.
     *
     * @param config the configuration
     * @throws Refused when the key is given in config rather than kept in the database
     */
    abstract void checkApplies(EnsembleConfiguration config);

    /**
     * Does the rotation.
     *
     * @param db     the persistence adapters (migrated)
     * @param keys   this config's keys, resolved against the database
     * @param config the configuration
     * @param args   the command line
     * @param clock  the system clock
     * @throws Refused when the rotation does not apply to this configuration
     */
    abstract void rotate(Persistence db, NodeKeys keys, EnsembleConfiguration config, Namespace args, Clock clock);

    /**
     * Stores the next version of {@code previous} and, in the same transaction, appends a
     * {@code key_rotated} audit record (no actor, origin unknown: an operator's command; target
     * {@code key} + the key's name; the {@code version} before → after, never the key itself).
     *
     * @return the stored version
     * @throws IllegalStateException when another rotation of the key stored that version first
     */
    static StoredKey addAuditedVersion(Persistence db, NodeKeys keys, StoredKey previous, String fingerprint,
                                       Optional<String> secret, Clock clock) {
        var audit = AuditWiring.recorder(db, new UuidV7Generator(clock), clock);
        return db.transactions.inTransaction(() -> {
            StoredKey next = keys.sharedKeys().addVersion(previous, fingerprint, secret);
            audit.record(AuditEntry.anonymous(AuditAction.KEY_ROTATED, Optional.of(new AuditTarget("key", next.name())))
                    .with(FieldChange.of("version", String.valueOf(previous.version()),
                            String.valueOf(next.version()))));
            return next;
        });
    }

    @Override
    protected void run(Bootstrap<EnsembleConfiguration> bootstrap, Namespace args, EnsembleConfiguration config) {
        checkApplies(config);
        ManagedDataSource ds = config.getDatabase().dataSourceFactory(config.dataDirectory())
                .build(bootstrap.getMetricRegistry(), getName());
        try {
            Migrations.apply(ds);
            Persistence db = new Persistence(Jdbi.create(ds));
            Clock clock = Clock.systemUTC();
            rotate(db, NodeKeys.resolve(db.sharedKeys, config, clock), config, args, clock);
        } finally {
            try {
                ds.stop();
            } catch (Exception e) {
                // closing the pool of a finished command: nothing left to do
            }
            config.getDatabase().closeEmbedded();
        }
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        if (e instanceof Refused || e instanceof io.ensemble.shared.keys.SharedKeyMismatch) {
            cli.getStdErr().println(getName() + " refused: " + e.getMessage());
        } else {
            super.onError(cli, namespace, e);
        }
    }
}
