package io.ensemble.app.support;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nodes of the service on a test's own database (not {@link SharedDatabase}), for tests whose nodes use keys
 * other than test-config.yml's: every key a node shares with its peers is checked against the database it
 * uses (issue 29 §1), so such nodes must not meet the other test classes. Keys are blank (generated once
 * into the database) unless a test overrides them.
 */
public final class OwnDatabaseNodes {
    private final TestDatabase database;
    private final int smtpPort;

    /** @param database a migrated database of this test; @param smtpPort the GreenMail port */
    public OwnDatabaseNodes(TestDatabase database, int smtpPort) {
        this.database = database;
        this.smtpPort = smtpPort;
    }

    /** @return the database the nodes use */
    public TestDatabase database() {
        return database;
    }

    /**
     * A node (not started: call {@code before()}) on this database and {@code dataDirectory}, with blank
     * JWT_SECRET and TOKEN_HASH_SECRET; {@code settings} (config key → value) win over these. (One override per
     * key: DropwizardTestSupport keeps its overrides in a set, so two for one key apply in no fixed order.)
     */
    public DropwizardTestSupport<EnsembleConfiguration> node(String dataDirectory, Map<String, String> settings) {
        Map<String, String> all = baseSettings(dataDirectory);
        all.putAll(settings);
        List<ConfigOverride> overrides = new ArrayList<>();
        all.forEach((k, v) -> overrides.add(ConfigOverride.config(k, v)));
        return new DropwizardTestSupport<>(EnsembleApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), overrides.toArray(ConfigOverride[]::new));
    }

    /**
     * Runs a command of the jar in this JVM ({@code java -jar ensemble.jar <command> test-config.yml ...}) on
     * this database, with the node settings of {@link #node} plus {@code settings} (config key → value).
     *
     * @return what the command printed (stdout and stderr), with {@code error: ...} when it failed
     */
    public String command(String command, String dataDirectory, Map<String, String> settings, String... args) {
        EnsembleApplication application = new EnsembleApplication();
        Bootstrap<EnsembleConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Map<String, String> all = baseSettings(dataDirectory);
        all.putAll(settings);
        Map<String, String> previous = new HashMap<>();
        all.forEach((k, v) -> previous.put(k, System.setProperty("dw." + k, v)));
        PrintStream originalOut = System.out;
        System.setOut(print);
        try {
            List<String> line = new ArrayList<>(List.of(command, ResourceHelpers.resourceFilePath("test-config.yml")));
            line.addAll(List.of(args));
            Optional<Throwable> error = new Cli(new JarLocation(EnsembleApplication.class), bootstrap, print, print)
                    .run(line.toArray(String[]::new));
            error.ifPresent(e -> print.println("error: " + e));
        } catch (Exception e) {
            print.println("error: " + e);
        } finally {
            System.setOut(originalOut);
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty("dw." + k);
                } else {
                    System.setProperty("dw." + k, v);
                }
            });
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> baseSettings(String dataDirectory) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("database.url", database.jdbcUrl());
        s.put("database.user", database.user());
        s.put("database.password", database.password());
        s.put("dataDirectory", dataDirectory);
        s.put("mail.port", Integer.toString(smtpPort));
        s.put("auth.jwtSecret", "");
        s.put("auth.tokenHashSecret", "");
        return s;
    }
}
