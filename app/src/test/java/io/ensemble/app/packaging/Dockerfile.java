package io.ensemble.app.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of the repository's Dockerfile, read well enough to compare with docker-compose.yml
 * and config.yml: comments dropped, backslash-continued lines joined, each instruction as
 * {@code KEYWORD arguments} (Dockerfile reference, "Format").
 */
record Dockerfile(List<String> instructions) {
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");
    private static final Pattern HEALTH_URL = Pattern.compile("http://(?:127\\.0\\.0\\.1|localhost):"
            + "(?:\\$\\{PORT:-)?(\\d+)\\}?(/[^\"\\s]*)");

    /** Reads {@code path}. @throws IOException when it cannot be read */
    static Dockerfile read(Path path) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(path)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continued = trimmed.endsWith("\\");
            current.append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continued) {
                out.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return new Dockerfile(out);
    }

    /** @return the arguments of every instruction with this keyword, in order */
    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1))
                .map(i -> i.substring(keyword.length() + 1).strip()).toList();
    }

    /** @return the arguments of the last instruction with this keyword (the one the final image keeps) */
    Optional<String> last(String keyword) {
        List<String> found = all(keyword);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** @return the variables of every {@code ENV NAME=value} instruction, quotes removed */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String args : all("ENV")) {
            Matcher m = ENV_PAIR.matcher(args);
            while (m.find()) {
                env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
            }
        }
        return env;
    }

    /** @return the ports of the EXPOSE instructions */
    List<Integer> exposedPorts() {
        return all("EXPOSE").stream().flatMap(a -> Arrays.stream(a.split(" ")))
                .map(p -> Integer.valueOf(p.replace("/tcp", ""))).toList();
    }

    /** @return port and path of the URL the HEALTHCHECK command fetches, e.g. {@code [8080, /health]} */
    Optional<HealthUrl> healthUrl() {
        return last("HEALTHCHECK").map(HEALTH_URL::matcher).filter(Matcher::find)
                .map(m -> new HealthUrl(Integer.parseInt(m.group(1)), m.group(2)));
    }

    /** Port and path of a health check URL on the container's own loopback. */
    record HealthUrl(int port, String path) {
    }
}
