package io.ensemble.shared.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link SharedKeys} (issue 29 §1): generate once, given values win, disagreement refuses, upgrade adopts. */
class SharedKeysTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final UnaryOperator<String> FINGERPRINT = s -> "fp(" + s.length() + ":" + s.hashCode() + ")";

    private final InMemoryKeys repository = new InMemoryKeys();
    private final SharedKeys keys = new SharedKeys(repository, CLOCK);
    private final AtomicInteger generated = new AtomicInteger();

    private SharedKeys.Spec spec(Optional<String> configured, Optional<String> legacy) {
        return new SharedKeys.Spec("jwt", "JWT_SECRET", configured, FINGERPRINT, () -> legacy,
                () -> "generated-" + generated.incrementAndGet());
    }

    private SharedKeys.Spec blank() {
        return spec(Optional.empty(), Optional.empty());
    }

    @Test
    void a_blank_key_is_generated_once_and_every_node_then_reads_it() {
        String first = keys.resolve(blank());
        String second = keys.resolve(blank());

        assertThat(first).isEqualTo("generated-1").isEqualTo(second);
        assertThat(repository.versions("jwt")).singleElement().satisfies(k -> {
            assertThat(k.secret()).hasValue("generated-1");
            assertThat(k.fingerprint()).isEqualTo(FINGERPRINT.apply("generated-1"));
        });
    }

    @Test
    void when_another_node_stored_first_its_key_is_used() {
        repository.beforeInsert = () -> repository.insertIfAbsent(new StoredKey("jwt", 1, "theirs",
                Optional.of("their-key"), CLOCK.instant(), Optional.empty()));

        assertThat(keys.resolve(blank())).isEqualTo("their-key");
    }

    @Test
    void a_configured_key_stores_only_its_fingerprint_and_wins() {
        assertThat(keys.resolve(spec(Optional.of("configured-key"), Optional.empty()))).isEqualTo("configured-key");

        StoredKey stored = repository.versions("jwt").get(0);
        assertThat(stored.secret()).isEmpty();
        assertThat(stored.fingerprint()).isEqualTo(FINGERPRINT.apply("configured-key"));
        assertThat(keys.resolve(spec(Optional.of("configured-key"), Optional.empty()))).isEqualTo("configured-key");
    }

    @Test
    void a_configured_key_other_than_the_stored_one_refuses_naming_the_variable_without_the_secret() {
        keys.resolve(spec(Optional.of("configured-key"), Optional.empty()));

        assertThatThrownBy(() -> keys.resolve(spec(Optional.of("another-key"), Optional.empty())))
                .isInstanceOf(SharedKeyMismatch.class)
                .hasMessageContaining("JWT_SECRET on this node")
                .hasMessageContaining(FINGERPRINT.apply("configured-key"))
                .hasMessageNotContaining("another-key").hasMessageNotContaining("configured-key")
                .extracting(e -> ((SharedKeyMismatch) e).variable()).isEqualTo("JWT_SECRET");
    }

    @Test
    void a_configured_key_where_the_others_use_a_generated_one_refuses() {
        keys.resolve(blank());

        assertThatThrownBy(() -> keys.resolve(spec(Optional.of("configured-key"), Optional.empty())))
                .isInstanceOf(SharedKeyMismatch.class)
                .hasMessageContaining("JWT_SECRET is set on this node")
                .hasMessageNotContaining("generated-1").hasMessageNotContaining("configured-key");
    }

    @Test
    void a_blank_key_where_the_others_use_a_configured_one_refuses() {
        keys.resolve(spec(Optional.of("configured-key"), Optional.empty()));

        assertThatThrownBy(() -> keys.resolve(blank())).isInstanceOf(SharedKeyMismatch.class)
                .hasMessageContaining("JWT_SECRET is not set on this node");
        assertThat(generated).hasValue(0);
    }

    @Test
    void the_key_file_of_an_earlier_version_is_adopted_on_upgrade() {
        assertThat(keys.resolve(spec(Optional.empty(), Optional.of("old-file-key")))).isEqualTo("old-file-key");
        assertThat(generated).hasValue(0);
        assertThat(keys.resolve(spec(Optional.empty(), Optional.of("another-nodes-old-file"))))
                .isEqualTo("old-file-key");
    }

    @Test
    void a_rotation_adds_a_version_that_becomes_the_key_and_a_concurrent_one_loses() {
        keys.resolve(blank());
        StoredKey first = repository.versions("jwt").get(0);

        StoredKey second = keys.addVersion(first, FINGERPRINT.apply("rotated"), Optional.of("rotated"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(keys.resolve(blank())).isEqualTo("rotated");
        assertThatThrownBy(() -> keys.addVersion(first, "x", Optional.of("y")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at the same time");
        keys.markCompleted(second);
        assertThat(repository.versions("jwt").get(1).completedAt()).hasValue(CLOCK.instant());
    }

    @Test
    void a_malformed_configured_key_is_refused_naming_the_variable() {
        SharedKeys.Spec bad = new SharedKeys.Spec("jwt", "JWT_SECRET", Optional.of("short"), s -> {
            throw new IllegalArgumentException("The secret must be at least 32 bytes");
        }, Optional::empty, () -> "g");

        assertThatThrownBy(() -> keys.resolve(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JWT_SECRET: The secret must be at least 32 bytes");
    }

    /** The port as a list, with a hook that runs before an insert (a node that stores first). */
    private static final class InMemoryKeys implements SharedKeyRepository {
        final List<StoredKey> rows = new ArrayList<>();
        Runnable beforeInsert = () -> { };

        @Override
        public List<StoredKey> versions(String name) {
            return rows.stream().filter(k -> k.name().equals(name))
                    .sorted(Comparator.comparingInt(StoredKey::version)).toList();
        }

        @Override
        public boolean insertIfAbsent(StoredKey key) {
            Runnable hook = beforeInsert;
            beforeInsert = () -> { };
            hook.run();
            if (rows.stream().anyMatch(k -> k.name().equals(key.name()) && k.version() == key.version())) {
                return false;
            }
            return rows.add(key);
        }

        @Override
        public void markCompleted(String name, int version, Instant at) {
            rows.replaceAll(k -> k.name().equals(name) && k.version() == version
                    ? new StoredKey(k.name(), k.version(), k.fingerprint(), k.secret(), k.createdAt(), Optional.of(at))
                    : k);
        }
    }
}
