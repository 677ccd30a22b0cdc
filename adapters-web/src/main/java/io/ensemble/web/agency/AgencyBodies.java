package io.ensemble.web.agency;

import io.ensemble.agency.ApplicationCommand;
import io.ensemble.agency.MemberCommand;
import io.ensemble.agency.TaskCommand;
import java.util.List;

/** Request bodies of the agency routes (native and the Idyll dialect); unknown fields are ignored. */
public final class AgencyBodies {
    private AgencyBodies() {
    }

    /** {@code POST .../applications}: {@code {name, email, phone?, roleAppliedFor?, portfolioLinks?, message?}}. */
    public record Apply(String name, String email, String phone, String roleAppliedFor, List<String> portfolioLinks,
                        String message) {
        static final Apply EMPTY = new Apply(null, null, null, null, null, null);

        /** @return the use case's command */
        public ApplicationCommand command() {
            return new ApplicationCommand(name, email, phone, roleAppliedFor, portfolioLinks, message);
        }

        /** @return {@code body}, or an empty form when the request had none */
        public static Apply orEmpty(Apply body) {
            return body == null ? EMPTY : body;
        }
    }

    /** Member invite {@code {name, email, role?}} or edit {@code {name?, role?, status?}}. */
    public record Member(String name, String email, String role, String status) {
        static final Member EMPTY = new Member(null, null, null, null);

        /** @return the use case's command */
        public MemberCommand command() {
            return new MemberCommand(name, email, role, status);
        }

        /** @return {@code body}, or an empty body when the request had none */
        public static Member orEmpty(Member body) {
            return body == null ? EMPTY : body;
        }
    }

    /** A task as sent: {@code {title, description?, assigneeIds, dueAt?, priority?, status?, attachmentIds?}}. */
    public record Task(String title, String description, List<String> assigneeIds, String dueAt, String priority,
                       String status, List<String> attachmentIds) {
        static final Task EMPTY = new Task(null, null, null, null, null, null, null);

        /** @return the use case's command */
        public TaskCommand command() {
            return new TaskCommand(title, description, assigneeIds, dueAt, priority, status, attachmentIds);
        }

        /** @return {@code body}, or an empty body when the request had none */
        public static Task orEmpty(Task body) {
            return body == null ? EMPTY : body;
        }
    }

    /** {@code POST .../tasks/{id}/comments}: {@code {body}}. */
    public record Comment(String body) {
    }
}
