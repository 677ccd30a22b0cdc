package io.ensemble.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.identity.Role;
import io.ensemble.shared.errors.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The agency's pure rules (issue 22 §1): application moves, task steps, changed-field events, forms. */
class AgencyRulesTest {
    private static final Instant AT = Instant.parse("2031-01-01T10:00:00Z");
    private static final UUID A = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final UUID B = UUID.fromString("0190a000-0000-7000-8000-000000000002");

    @Test
    void only_an_admin_decides_a_pending_application_and_only_once() {
        assertThat(ApplicationStateMachine.next(ApplicationStatus.PENDING, ApplicationStateMachine.Action.APPROVE,
                Role.ADMIN)).contains(ApplicationStatus.APPROVED);
        assertThat(ApplicationStateMachine.next(ApplicationStatus.PENDING, ApplicationStateMachine.Action.REJECT,
                Role.ADMIN)).contains(ApplicationStatus.REJECTED);
        assertThat(ApplicationStateMachine.next(ApplicationStatus.PENDING, ApplicationStateMachine.Action.APPROVE,
                Role.MEMBER)).isEmpty();
        for (ApplicationStatus decided : List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED)) {
            for (ApplicationStateMachine.Action action : ApplicationStateMachine.Action.values()) {
                assertThat(ApplicationStateMachine.next(decided, action, Role.ADMIN)).isEmpty();
            }
        }
    }

    @Test
    void a_task_moves_one_step_forward_or_back() {
        assertThat(TaskStatus.TODO.movesTo(TaskStatus.IN_PROGRESS)).isTrue();
        assertThat(TaskStatus.REVIEW.movesTo(TaskStatus.IN_PROGRESS)).isTrue();
        assertThat(TaskStatus.REVIEW.movesTo(TaskStatus.DONE)).isTrue();
        assertThat(TaskStatus.TODO.movesTo(TaskStatus.REVIEW)).isFalse();
        assertThat(TaskStatus.DONE.movesTo(TaskStatus.TODO)).isFalse();
        assertThat(TaskStatus.TODO.movesTo(TaskStatus.TODO)).isFalse();
        assertThat(TaskStatus.parse("In_Progress")).contains(TaskStatus.IN_PROGRESS);
    }

    @Test
    void task_updated_carries_only_the_changed_fields() {
        Task before = new Task(A, "Cut", "", List.of(A), Optional.empty(), TaskPriority.LOW, TaskStatus.TODO,
                List.of(), B, 1, AT, AT);
        Task after = new Task(A, "Cut", "", List.of(A, B), Optional.of(AT), TaskPriority.LOW, TaskStatus.IN_PROGRESS,
                List.of(), B, 2, AT, AT.plusSeconds(5));
        TaskEvent.Changes changes = TaskEvent.Changes.between(before, after);
        assertThat(changes.status()).contains("in_progress");
        assertThat(changes.assigneeIds()).contains(List.of(A, B));
        assertThat(changes.dueAt()).contains(AT);
        assertThat(changes.title()).isEmpty();
        assertThat(changes.priority()).isEmpty();
        assertThat(changes.updatedAt()).isEqualTo(AT.plusSeconds(5));
    }

    @Test
    void the_role_applied_for_counts_only_when_self_assignable() {
        assertThat(ApplicationService.roleFor(application(Optional.of("creator")))).isEqualTo(Role.CREATOR);
        assertThat(ApplicationService.roleFor(application(Optional.of("ADMIN")))).isEqualTo(Role.MEMBER);
        assertThat(ApplicationService.roleFor(application(Optional.of("Video editor")))).isEqualTo(Role.MEMBER);
        assertThat(ApplicationService.roleFor(application(Optional.empty()))).isEqualTo(Role.MEMBER);
    }

    @Test
    void forms_name_each_bad_field() {
        assertThatThrownBy(() -> new ApplicationCommand("", "x", "abc", null, List.of("ftp://x"), null).parse())
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactlyInAnyOrder("name", "email", "phone", "portfolioLinks"));
        assertThatThrownBy(() -> new TaskCommand(null, null, List.of(), null, "soon", "todo", null).forCreate())
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting("field")
                        .contains("title", "assigneeIds", "priority", "status"));
        assertThat(new TaskCommand(null, null, null, null, null, "review", null).forEdit().editsDetails()).isFalse();
        assertThatThrownBy(() -> TaskFilter.parse(null, null, "2031-01-02T00:00:00Z", "2031-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactly("dueTo"));
    }

    private static Application application(Optional<String> role) {
        return new Application(A, "Ada", "ada@example.com", Optional.empty(), role, List.of(), "",
                ApplicationStatus.PENDING, 1, Optional.empty(), Optional.empty(), Optional.empty(), AT);
    }
}
