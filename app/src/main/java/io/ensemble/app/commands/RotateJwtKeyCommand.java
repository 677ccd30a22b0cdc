package io.ensemble.app.commands;

import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.keys.NodeKeys;
import io.ensemble.app.wiring.Persistence;
import io.ensemble.integrations.crypto.JwtAccessTokens;
import io.ensemble.integrations.crypto.SecretFiles;
import io.ensemble.shared.keys.StoredKey;
import java.time.Clock;
import java.util.Optional;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * {@code java -jar ensemble.jar rotate-jwt-key config.yml} (issue 29 §1): stores a new access-token key in
 * the database. Running nodes sign with it once they read the ring again (within
 * {@link NodeKeys#RELOAD_EVERY}); tokens of the earlier keys keep verifying until the access-token lifetime
 * (plus reload interval and clock skew) has passed after the rotation. Refused when {@code JWT_SECRET} is
 * set: that key lives in each node's config, not in the database.
 */
public final class RotateJwtKeyCommand extends KeyRotationCommand {

    /** The {@code rotate-jwt-key} command. */
    public RotateJwtKeyCommand() {
        super("rotate-jwt-key", "Make a new access-token signing key (kept in the database) current");
    }

    @Override
    void checkApplies(EnsembleConfiguration config) {
        if (config.getAuth().configuredJwtSecret().isPresent()) {
            throw new Refused("JWT_SECRET is set, so the access-token key lives in each node's configuration, not in"
                    + " the database. To change it, stop every node, remove its fingerprint (DELETE FROM shared_keys"
                    + " WHERE name = 'jwt') and start the nodes with the new JWT_SECRET; or unset JWT_SECRET to"
                    + " let the database keep a key this command rotates.");
        }
    }

    @Override
    void rotate(Persistence db, NodeKeys keys, EnsembleConfiguration config, Namespace args, Clock clock) {
        String secret = NodeKeys.newByteKey();
        StoredKey stored = addAuditedVersion(db, keys, keys.newest(NodeKeys.JWT),
                JwtAccessTokens.keyId(SecretFiles.decode(secret)), Optional.of(secret), clock);
        System.out.println("New access-token key " + stored.fingerprint() + " (version " + stored.version()
                + ") stored. Running nodes sign with it within " + NodeKeys.RELOAD_EVERY.toSeconds()
                + " s; tokens of earlier keys verify until "
                + stored.createdAt().plus(config.getAuth().accessTokenTtl()).plus(NodeKeys.RELOAD_EVERY)
                        .plusSeconds(JwtAccessTokens.CLOCK_SKEW_SECONDS) + ".");
    }
}
