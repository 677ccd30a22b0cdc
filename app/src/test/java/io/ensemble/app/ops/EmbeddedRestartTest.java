package io.ensemble.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import io.ensemble.app.EnsembleApplication;
import io.ensemble.app.EnsembleConfiguration;
import io.ensemble.app.support.Accounts;
import io.ensemble.app.support.Api;
import io.ensemble.app.support.EnsembleTestApp;
import io.ensemble.app.support.FreePort;
import io.ensemble.app.support.Inbox;
import io.ensemble.app.support.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped default: no database URL, so the app starts its own embedded PostgreSQL under the
 * data folder. Accounts survive a restart, and the create-admin command works on the same folder.
 */
class EmbeddedRestartTest {
    private static final int SMTP = FreePort.find();
    @RegisterExtension
    static final GreenMailExtension MAIL = EnsembleTestApp.greenMail(SMTP);

    @TempDir
    Path dataDir;

    private DropwizardTestSupport<EnsembleConfiguration> app() {
        return new DropwizardTestSupport<>(EnsembleApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"),
                ConfigOverride.config("dataDirectory", dataDir.toString()),
                ConfigOverride.config("mail.port", Integer.toString(SMTP)));
    }

    @Test
    void accounts_survive_a_restart_and_create_admin_is_idempotent() throws Exception {
        String email = Accounts.uniqueEmail("restart");
        DropwizardTestSupport<EnsembleConfiguration> first = app();
        first.before();
        try {
            Accounts accounts = new Accounts(new Api(first.getLocalPort()), new Inbox(MAIL));
            accounts.verifiedSession("warmup");
            accounts.signup(email);
            Api api = new Api(first.getLocalPort());
            assertThat(api.post("/api/v1/auth/verify-otp",
                    Map.of("email", email, "otp", new Inbox(MAIL).latestOtp(email))).status()).isEqualTo(200);
        } finally {
            first.after();
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();

        assertThat(createAdmin("admin@example.com", "AdminPass123!")).contains("Created admin");
        assertThat(createAdmin("admin@example.com", "AdminPass123!")).contains("Admin already exists");
        assertThat(createAdmin(email, "AdminPass123!")).contains("EMAIL_TAKEN");
        assertThat(createAdmin("weak@example.com", "weak")).contains("VALIDATION_FAILED");

        DropwizardTestSupport<EnsembleConfiguration> second = app();
        second.before();
        try {
            Api api = new Api(second.getLocalPort());
            Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            Reply admin = api.post("/api/v1/auth/login",
                    Map.of("email", "admin@example.com", "password", "AdminPass123!"));
            assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
            assertThat(admin.data().path("user").path("role").asText()).isEqualTo("ADMIN");
            assertThat(admin.data().path("user").path("emailVerified").asBoolean()).isTrue();
        } finally {
            second.after();
        }
    }

    /** Runs {@code create-admin test-config.yml --email E --password P} in-process; returns stdout+stderr. */
    private String createAdmin(String email, String password) throws Exception {
        EnsembleApplication application = new EnsembleApplication();
        Bootstrap<EnsembleConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream originalOut = System.out;
        System.setProperty("dw.dataDirectory", dataDir.toString());
        System.setOut(print);
        try {
            Optional<Throwable> error = new Cli(new JarLocation(EnsembleApplication.class), bootstrap, print, print)
                    .run("create-admin", ResourceHelpers.resourceFilePath("test-config.yml"),
                            "--email", email, "--password", password);
            error.ifPresent(e -> print.println("error: " + e));
        } finally {
            System.setOut(originalOut);
            System.clearProperty("dw.dataDirectory");
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
