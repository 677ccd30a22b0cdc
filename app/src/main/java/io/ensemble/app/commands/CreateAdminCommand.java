package io.ensemble.app.commands;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.wiring.Persistence;
import io.ensemble.identity.AdminAccounts;
import io.ensemble.integrations.crypto.Argon2idPasswordHasher;
import io.ensemble.persistence.database.Migrations;
import io.ensemble.shared.ids.UuidV7Generator;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code java -jar ensemble.jar create-admin config.yml --email E --password P [--name N]}: creates
 * a verified ADMIN account, or leaves an existing admin with that email as it is (idempotent).
 * With the embedded database, run it while the server is stopped (both would own the data folder).
 */
public final class CreateAdminCommand extends ConfiguredCommand<EnsembleConfiguration> {

    public CreateAdminCommand() {
        super("create-admin", "Create an administrator account (idempotent)");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--email").required(true).help("admin email address");
        subparser.addArgument("--password").required(true).help("admin password (minimum-strength rule applies)");
        subparser.addArgument("--name").setDefault("Administrator").help("display name");
    }

    /** Prints a domain error (bad email, weak password, email taken) as one line, without a stack trace. */
    @Override
    public void onError(io.dropwizard.core.cli.Cli cli, Namespace namespace, Throwable e) {
        if (e instanceof io.ensemble.shared.errors.DomainException d) {
            cli.getStdErr().println("create-admin failed: " + d.code() + ": " + d.getMessage()
                    + (d instanceof io.ensemble.shared.errors.ValidationFailed v ? " " + v.errors() : ""));
        } else {
            super.onError(cli, namespace, e);
        }
    }

    @Override
    protected void run(Bootstrap<EnsembleConfiguration> bootstrap, Namespace args, EnsembleConfiguration config)
            throws Exception {
        ManagedDataSource ds = config.getDatabase().dataSourceFactory(config.dataDirectory())
                .build(bootstrap.getMetricRegistry(), "create-admin");
        try {
            Migrations.apply(ds);
            Persistence db = new Persistence(Jdbi.create(ds));
            Clock clock = Clock.systemUTC();
            AdminAccounts admins = new AdminAccounts(db.users, new Argon2idPasswordHasher(),
                    new UuidV7Generator(clock), clock);
            AdminAccounts.AdminResult result = admins.ensureAdmin(
                    args.getString("email"), args.getString("password"), args.getString("name"));
            System.out.println((result.created() ? "Created admin " : "Admin already exists: ") + result.userId());
        } finally {
            ds.stop();
            config.getDatabase().closeEmbedded();
        }
    }
}
