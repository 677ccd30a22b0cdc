package io.ensemble.app.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml, docker/Caddyfile, the Dockerfile and config.yml agree (issue 24 §5): no
 * container engine runs where the tests run, so these files are compared as text. Compose file
 * reference: services, environment (map or {@code KEY=value} list), depends_on conditions, healthcheck.
 */
class ComposeFileTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern CONFIG_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?}");
    private static Map<String, Object> services;
    private static Dockerfile dockerfile;
    private static String configYml;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            services = (Map<String, Object>) compose.get("services");
        }
        dockerfile = Dockerfile.read(ROOT.resolve("Dockerfile"));
        configYml = Files.readString(ROOT.resolve("config.yml"));
    }

    @Test
    void every_variable_a_node_sets_is_one_config_yml_reads() {
        Set<String> read = configVariables();
        assertThat(nodes()).isNotEmpty().allSatisfy((name, node) ->
                assertThat(environment(node).keySet()).as("variables of %s not in config.yml", name)
                        .isSubsetOf(read));
    }

    @Test
    void every_variable_the_dockerfile_sets_is_read_by_config_yml_or_its_entrypoint() {
        Set<String> read = configVariables();
        String entrypoint = dockerfile.last("ENTRYPOINT").orElse("");
        assertThat(dockerfile.env().keySet()).isNotEmpty()
                .allSatisfy(v -> assertThat(read.contains(v) || entrypoint.contains("$" + v))
                        .as("Dockerfile ENV %s is read by neither config.yml nor the ENTRYPOINT", v).isTrue());
    }

    @Test
    void two_nodes_share_postgresql_16_and_redis_7() {
        Map<String, Map<String, Object>> nodes = nodes();
        assertThat(nodes).hasSize(2);
        String postgres = serviceWithImage("postgres:16");
        String redis = serviceWithImage("redis:7");
        nodes.forEach((name, node) -> {
            Map<String, String> env = environment(node);
            assertThat(env.get("DATABASE_URL")).as(name).startsWith("jdbc:postgresql://" + postgres + ":5432/");
            assertThat(URI.create(env.get("REDIS_URL")).getHost()).as(name).isEqualTo(redis);
            assertThat(env.get("REALTIME_BUS")).as("%s: events must reach the other node's sockets", name)
                    .isEqualTo("redis");
            assertThat(dependsOn(node)).as(name).containsEntry(postgres, "service_healthy")
                    .containsEntry(redis, "service_healthy");
        });
    }

    @Test
    void the_load_balancer_proxies_to_each_node_on_the_port_the_dockerfile_exposes() throws IOException {
        int exposed = exposedPort();
        Map<String, Object> lb = service("lb");
        assertThat((List<?>) lb.get("volumes")).anySatisfy(v ->
                assertThat(v.toString()).startsWith("./docker/Caddyfile:"));
        String caddyfile = Files.readString(ROOT.resolve("docker/Caddyfile"));
        Matcher upstreams = Pattern.compile("reverse_proxy ([^{\\n]+)\\{").matcher(caddyfile);
        assertThat(upstreams.find()).as("reverse_proxy with upstreams in docker/Caddyfile").isTrue();
        Set<String> expected = nodes().keySet().stream().map(n -> n + ":" + exposed).collect(Collectors.toSet());
        assertThat(Set.of(upstreams.group(1).strip().split("\\s+"))).isEqualTo(expected);
        assertThat(caddyfile).as("the balancer polls readiness, README 'Running several nodes'")
                .containsPattern("health_uri /ready\\b");
        nodes().forEach((name, node) -> {
            assertThat(dependsOn(lb)).containsEntry(name, "service_healthy");
            assertThat(environment(node).getOrDefault("PORT", String.valueOf(exposed))).isEqualTo(String.valueOf(exposed));
        });
    }

    @Test
    void nodes_believe_forwarded_headers_from_the_load_balancer_only() {
        Map<String, Object> lbNetworks = map(service("lb").get("networks"));
        String lbAddress = lbNetworks.values().stream().map(ComposeFileTest::map)
                .map(n -> String.valueOf(n.get("ipv4_address"))).findFirst().orElseThrow();
        nodes().forEach((name, node) -> assertThat(environment(node).get("TRUSTED_PROXIES")).as(name)
                .isEqualTo(lbAddress));
    }

    @Test
    void health_checks_use_the_dockerfiles_exposed_port_and_health_path() {
        Dockerfile.HealthUrl url = dockerfile.healthUrl().orElseThrow(() ->
                new AssertionError("no HEALTHCHECK fetching http://127.0.0.1:<port>/<path> in the Dockerfile"));
        assertThat(url.port()).isEqualTo(exposedPort());
        assertThat(url.path()).isEqualTo("/health");
        nodes().forEach((name, node) -> assertThat(node.get("healthcheck"))
                .as("%s keeps the Dockerfile's HEALTHCHECK", name).isNull());
        services.forEach((name, service) -> dependsOn(map(service)).forEach((target, condition) -> {
            if ("service_healthy".equals(condition)) {
                boolean fromDockerfile = map(services.get(target)).containsKey("build");
                assertThat(fromDockerfile || map(services.get(target)).containsKey("healthcheck"))
                        .as("%s waits for %s to be healthy, which has no health check", name, target).isTrue();
            }
        }));
    }

    /** The one port the image exposes, which is also config.yml's default API port. */
    private static int exposedPort() {
        assertThat(dockerfile.exposedPorts()).hasSize(1);
        int port = dockerfile.exposedPorts().get(0);
        assertThat(configYml).contains("port: ${PORT:-" + port + "}");
        return port;
    }

    private static Set<String> configVariables() {
        Set<String> names = new TreeSet<>();
        Matcher m = CONFIG_VARIABLE.matcher(configYml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Services built from the repository's Dockerfile, by name. */
    private static Map<String, Map<String, Object>> nodes() {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        services.forEach((name, s) -> {
            if (map(s).containsKey("build")) {
                nodes.put(name, map(s));
            }
        });
        return nodes;
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    private static String serviceWithImage(String image) {
        return services.entrySet().stream().filter(e -> image.equals(map(e.getValue()).get("image")))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no service runs " + image));
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            list.forEach(e -> out.put(e.toString().split("=", 2)[0], e.toString().contains("=")
                    ? e.toString().split("=", 2)[1] : ""));
        }
        return out;
    }

    /** depends_on as service → condition ({@code service_started} for the short list form). */
    private static Map<String, String> dependsOn(Map<String, Object> service) {
        Object deps = service.get("depends_on");
        Map<String, String> out = new LinkedHashMap<>();
        if (deps instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(map(v).get("condition"))));
        } else if (deps instanceof List<?> list) {
            list.forEach(d -> out.put(d.toString(), "service_started"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> ? (Map<String, Object>) o : Map.of();
    }
}
