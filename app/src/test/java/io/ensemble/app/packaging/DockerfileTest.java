package io.ensemble.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile builds with the Maven wrapper, runs on a JRE 17 image as a non-root user, keeps its
 * data in a volume and starts the JVM with the README's production flags (issue 24 §5).
 */
class DockerfileTest {
    private static final Path ROOT = Path.of("..");
    private static Dockerfile dockerfile;

    @BeforeAll
    static void read() throws IOException {
        dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
    }

    @Test
    void builds_with_the_wrapper_and_runs_on_a_jre_17_image() {
        List<String> stages = dockerfile.all("FROM");
        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.get(stages.size() - 1)).matches("eclipse-temurin:17-jre\\b.*");
        assertThat(dockerfile.all("RUN")).anySatisfy(r -> assertThat(r).contains("./mvnw ").contains(" package"));
        assertThat(dockerfile.all("COPY")).anySatisfy(c ->
                assertThat(c).startsWith("--from=").endsWith("/app/target/ensemble.jar /app/ensemble.jar"));
    }

    @Test
    void copies_every_maven_module_into_the_build_stage() throws IOException {
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> copies = dockerfile.all("COPY");
        int count = 0;
        while (modules.find()) {
            String module = modules.group(1);
            assertThat(copies).as("module %s", module).contains(module + " " + module);
            count++;
        }
        assertThat(count).isPositive();
    }

    @Test
    void runs_as_a_non_root_user() {
        String user = dockerfile.last("USER").orElseThrow(() -> new AssertionError("no USER: the image would run as root"));
        assertThat(user.split(":")[0]).isNotIn("root", "0");
        assertThat(dockerfile.all("RUN")).anySatisfy(r -> assertThat(r).contains("useradd").contains(" " + user));
    }

    @Test
    void the_data_directory_is_the_volume() {
        String dataDir = dockerfile.env().get("DATA_DIR");
        assertThat(dataDir).isNotBlank();
        assertThat(dockerfile.all("VOLUME")).containsExactly(dataDir);
    }

    @Test
    void starts_the_jvm_with_the_readmes_production_flags() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("### JVM flags in production");
        assertThat(section).as("README section 'JVM flags in production'").isNotNegative();
        Matcher command = Pattern.compile("`java ([^`]*) -jar ").matcher(readme.substring(section));
        assertThat(command.find()).as("a `java … -jar` command in that section").isTrue();
        Set<String> flags = Set.of(command.group(1).strip().split("\\s+"));
        assertThat(flags).isNotEmpty().allMatch(f -> f.startsWith("-X"));

        String javaOpts = dockerfile.env().getOrDefault("JAVA_OPTS", "");
        assertThat(Set.of(javaOpts.split("\\s+"))).containsAll(flags);
        assertThat(dockerfile.last("ENTRYPOINT").orElse("")).contains("exec java $JAVA_OPTS -jar /app/ensemble.jar");
    }
}
