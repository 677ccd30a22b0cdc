package io.ensemble.persistence.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.persistence.Concurrently;
import io.ensemble.persistence.DatabaseTestBase;
import io.ensemble.shared.keys.StoredKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbiSharedKeys} (issue 29 §1): insert-if-absent of a key version, read back in version order. */
class JdbiSharedKeysTest extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30.123456Z");
    private final JdbiSharedKeys keys = new JdbiSharedKeys(handles);

    @BeforeEach
    void empty() {
        handles.use(h -> h.execute("TRUNCATE shared_keys"));
    }

    @Test
    void of_eight_nodes_storing_version_one_at_once_exactly_one_wins_and_all_read_it_back() throws Exception {
        AtomicInteger node = new AtomicInteger();
        List<String> seen = Concurrently.run(8, () -> {
            int n = node.incrementAndGet();
            keys.insertIfAbsent(new StoredKey("jwt", 1, "fp-" + n, Optional.of("secret-" + n), NOW, Optional.empty()));
            return keys.versions("jwt").get(0).secret().orElseThrow();
        });

        assertThat(seen).hasSize(8).containsOnly(seen.get(0));
        assertThat(count("SELECT count(*) FROM shared_keys")).isEqualTo(1);
    }

    @Test
    void versions_come_back_oldest_first_with_secret_only_when_generated() {
        assertThat(keys.insertIfAbsent(new StoredKey("k", 2, "b", Optional.of("s2"), NOW.plusSeconds(5),
                Optional.empty()))).isTrue();
        assertThat(keys.insertIfAbsent(new StoredKey("k", 1, "a", Optional.empty(), NOW, Optional.empty()))).isTrue();
        assertThat(keys.insertIfAbsent(new StoredKey("k", 1, "c", Optional.empty(), NOW, Optional.empty()))).isFalse();
        keys.markCompleted("k", 2, NOW.plusSeconds(9));

        List<StoredKey> versions = keys.versions("k");
        assertThat(versions).extracting(StoredKey::version).containsExactly(1, 2);
        assertThat(versions.get(0).fingerprint()).isEqualTo("a");
        assertThat(versions.get(0).secret()).isEmpty();
        assertThat(versions.get(0).createdAt()).isEqualTo(NOW);
        assertThat(versions.get(1).secret()).hasValue("s2");
        assertThat(versions.get(1).completedAt()).hasValue(NOW.plusSeconds(9));
        assertThat(keys.versions("other")).isEmpty();
    }
}
