package io.ensemble.app.commands;

import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.app.wiring.Persistence;
import io.ensemble.integrations.crypto.TinkSecretCipher;
import io.ensemble.shared.keys.StoredKey;
import java.time.Clock;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code java -jar ensemble.jar rotate-encryption-key config.yml [--batch-size N]} (issue 29 §1): adds a new
 * primary AES-256-GCM key to the Tink keyset kept in the database, then re-encrypts every stored provider
 * token under it, N rows per transaction ({@link ProviderTokenReencryption}). The earlier keys stay in the
 * keyset, so every ciphertext keeps decrypting on every node throughout. When an earlier run did not finish
 * (interrupted, or rows failed), a run resumes it without adding another key. Refused when
 * {@code ENCRYPTION_KEYSET} is set: that keyset lives in each node's config.
 */
public final class RotateEncryptionKeyCommand extends KeyRotationCommand {
    static final int DEFAULT_BATCH_SIZE = 500;

    /** The {@code rotate-encryption-key} command. */
    public RotateEncryptionKeyCommand() {
        super("rotate-encryption-key", "Add a new primary encryption key and re-encrypt stored provider tokens");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--batch-size").type(Integer.class).setDefault(DEFAULT_BATCH_SIZE)
                .help("rows re-encrypted per transaction");
    }

    @Override
    void checkApplies(EnsembleConfiguration config) {
        if (config.getCrypto().configuredKeyset().isPresent()) {
            throw new Refused("ENCRYPTION_KEYSET is set, so the keyset lives in each node's configuration, not in"
                    + " the database. To rotate it, add a new primary key to the keyset (Tink's tinkey), stop"
                    + " every node, remove its fingerprint (DELETE FROM shared_keys WHERE name ="
                    + " 'encryption-keyset') and start the nodes with the new ENCRYPTION_KEYSET; or unset it to let"
                    + " the database keep a keyset this command rotates.");
        }
    }

    @Override
    void rotate(Persistence db, NodeKeys keys, EnsembleConfiguration config, Namespace args, Clock clock) {
        StoredKey newest = keys.newest(NodeKeys.ENCRYPTION_KEYSET);
        StoredKey target;
        if (newest.version() > 1 && newest.completedAt().isEmpty()) {
            target = newest;
            System.out.println("Resuming the re-encryption under key version " + target.version() + ".");
        } else {
            String rotated = TinkSecretCipher.withNewPrimaryKey(newest.secret().orElseThrow());
            target = addAuditedVersion(db, keys, newest, TinkSecretCipher.fingerprint(rotated),
                    Optional.of(rotated), clock);
            System.out.println("New primary encryption key stored (keyset version " + target.version() + ").");
        }
        var reencryption = new ProviderTokenReencryption(db.encryptedColumns, db.transactions,
                TinkSecretCipher.fromKeysetJson(target.secret().orElseThrow()), args.getInt("batch_size"));
        ProviderTokenReencryption.Result result = reencryption.run();
        if (result.failed() > 0) {
            throw new Refused("Re-encrypted " + result.reencrypted() + " stored tokens; " + result.failed()
                    + " could not be decrypted (see the log) and were left as they are. Run the command again"
                    + " to retry them.");
        }
        keys.sharedKeys().markCompleted(target);
        System.out.println("Re-encrypted " + result.reencrypted() + " stored tokens under the new primary key.");
    }
}
