package io.ensemble.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Unit tests of {@link PrivacyJob} (issue 20 §4): steps in order, resume after failure and crash, exports. */
class PrivacyJobTest {
    private static final Instant T0 = Instant.parse("2026-12-08T00:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryPrivacyRequests requests = new InMemoryPrivacyRequests();
    private final List<String> ran = new ArrayList<>();
    private final Map<String, byte[]> store = new HashMap<>();
    private boolean messagingDown;

    private ErasePersonalData step(String name) {
        return new ErasePersonalData() {
            @Override
            public String step() {
                return name;
            }

            @Override
            public void erase(ErasureSubject subject) {
                if (name.equals("messaging") && messagingDown) {
                    throw new IllegalStateException("database unavailable");
                }
                ran.add(name + ":" + subject.terms());
            }
        };
    }

    private final ExportPersonalData rows = new ExportPersonalData() {
        @Override
        public List<String> tables() {
            return List.of("users", "notifications");
        }

        @Override
        public Map<String, List<String>> rowsOf(UUID userId) {
            return Map.of("users", List.of("{\"id\": \"" + userId + "\"}"), "notifications", List.of());
        }
    };

    private final PersonalFiles files = new PersonalFiles() {
        @Override
        public List<PersonalFile> filesOf(UUID userId) {
            return List.of(new PersonalFile("avatar.jpeg", "k1"), new PersonalFile("gone.png", "k2"));
        }

        @Override
        public Optional<InputStream> open(PersonalFile file) {
            return file.key().equals("k1") ? Optional.of(new ByteArrayInputStream(new byte[] {1, 2, 3}))
                    : Optional.empty();
        }
    };

    private final ArchiveStore archives = new ArchiveStore() {
        @Override
        public void put(String key, Path file) {
            try {
                store.put(key, Files.readAllBytes(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public Optional<InputStream> open(String key) {
            return Optional.ofNullable(store.get(key)).map(ByteArrayInputStream::new);
        }

        @Override
        public void delete(String key) {
            store.remove(key);
        }
    };

    private final PrivacySteps steps = new PrivacySteps(List.of(step("social"), step("messaging"), step("identity")),
            List.of(rows), files);
    private final PrivacyJob job = new PrivacyJob(requests, steps, archives,
            new PrivacySettings(Duration.ofHours(24), Duration.ofMinutes(5)), clock);

    private PrivacyRequest request(PrivacyRequest.Kind kind, UUID userId) {
        PrivacyRequest r = PrivacyRequest.pending(UUID.randomUUID(), userId, kind, userId,
                kind == PrivacyRequest.Kind.ERASURE ? 3 : steps.exportSteps(), List.of("ann@example.com"),
                clock.instant());
        requests.insert(r);
        return r;
    }

    @Test
    void a_failed_step_keeps_the_steps_before_it_and_the_next_pass_resumes_there() {
        PrivacyRequest r = request(PrivacyRequest.Kind.ERASURE, UUID.randomUUID());
        messagingDown = true;

        assertThat(job.runPending((d, t) -> { })).contains("0 done, 1 failed");
        PrivacyRequest failed = requests.find(r.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(PrivacyRequest.Status.PENDING);
        assertThat(failed.stepsDone()).isEqualTo(1);
        assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).contains("database unavailable"));

        messagingDown = false;
        assertThat(job.runPending((d, t) -> { })).contains("1 done, 0 failed");
        assertThat(ran).containsExactly("social:[ann@example.com]", "messaging:[ann@example.com]",
                "identity:[ann@example.com]");
        PrivacyRequest done = requests.find(r.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(PrivacyRequest.Status.DONE);
        assertThat(done.terms()).isEmpty();
        assertThat(job.runPending((d, t) -> { })).contains("0 done, 0 failed");
    }

    @Test
    void a_run_that_crashed_is_resumed_only_after_its_lease_ran_out() {
        PrivacyRequest r = request(PrivacyRequest.Kind.ERASURE, UUID.randomUUID());
        requests.claimNext(clock.instant(), clock.instant().plus(Duration.ofMinutes(5)));
        requests.progress(r.id(), 2, clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(job.runPending((d, t) -> { })).contains("0 done");
        assertThat(ran).isEmpty();
        clock.advance(Duration.ofMinutes(6));
        assertThat(job.runPending((d, t) -> { })).contains("1 done");
        assertThat(ran).containsExactly("identity:[ann@example.com]");
    }

    @Test
    void an_export_zips_every_table_and_the_files_still_stored_and_an_erasure_removes_the_archive() throws Exception {
        UUID user = UUID.randomUUID();
        PrivacyRequest export = request(PrivacyRequest.Kind.EXPORT, user);
        job.runPending((d, t) -> { });
        PrivacyRequest built = requests.find(export.id()).orElseThrow();
        assertThat(built.status()).isEqualTo(PrivacyRequest.Status.DONE);
        String key = built.archiveKey().orElseThrow();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(store.get(key)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactlyInAnyOrder("data/users.json", "data/notifications.json", "files/avatar.jpeg");

        request(PrivacyRequest.Kind.ERASURE, user);
        job.runPending((d, t) -> { });
        assertThat(store).doesNotContainKey(key);
    }
}
