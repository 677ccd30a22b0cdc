package io.ensemble.web.support;

import io.ensemble.support.OpenTicketCommand;

/** Request bodies of the support routes; unknown fields are ignored. */
public final class SupportBodies {
    private SupportBodies() {
    }

    /** {@code POST /api/v1/support/tickets}: {@code {subject, description, category?, priority?, requesterId?}}. */
    public record Open(String subject, String description, String category, String priority, String requesterId) {
        static final Open EMPTY = new Open(null, null, null, null, null);

        OpenTicketCommand command() {
            return new OpenTicketCommand(subject, description, category, priority, requesterId);
        }
    }

    /** {@code PUT .../status}: {@code {status}}. */
    public record Status(String status) {
        static final Status EMPTY = new Status(null);
    }

    /** {@code PUT /api/v1/support/tickets/:id/assignee}: {@code {agentId}}. */
    public record Assignee(String agentId) {
        static final Assignee EMPTY = new Assignee(null);
    }
}
