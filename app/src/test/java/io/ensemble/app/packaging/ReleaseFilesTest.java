package io.ensemble.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** LICENSE is the Apache License 2.0 and CHANGELOG.md's newest version is the pom's (issue 24 §5). */
class ReleaseFilesTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void license_is_the_full_apache_2_0_text() throws IOException {
        String license = Files.readString(ROOT.resolve("LICENSE"));
        assertThat(license).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS");
        assertThat(license.lines().count()).isGreaterThan(170);
    }

    @Test
    void changelog_newest_version_is_the_pom_version() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>ensemble-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(pom.find()).isTrue();
        String version = pom.group(1).replace("-SNAPSHOT", "");

        String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"));
        assertThat(changelog).contains("[Keep a Changelog]");
        Matcher newest = Pattern.compile("(?m)^## \\[([^]]+)]").matcher(changelog);
        assertThat(newest.find()).as("a '## [version]' heading").isTrue();
        assertThat(newest.group(1)).isEqualTo(version);
    }
}
