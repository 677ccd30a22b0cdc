package io.ensemble.web.support;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.identity.Caller;
import io.ensemble.support.TicketService;
import io.ensemble.support.TicketWorkflow;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.PageQuery;
import io.ensemble.web.http.PageView;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * Support tickets (issue 23 §3) under {@code /api/v1/support/tickets}: open one (assigned at once to the
 * available agent with the fewest open tickets, else queued), list ({@code ?status=&priority=&assignee=
 * <agentId>|unassigned&limit=&cursor=}, newest first), read one with its times, move its status
 * ({@code in_progress}, {@code resolved}, {@code closed}, {@code open} to reopen) and, for admins,
 * reassign it. Users see their own tickets, agents theirs and the queue, admins all (else 404).
 */
@Path("/api/v1/support/tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SupportTicketResource {
    private final TicketService tickets;
    private final TicketWorkflow workflow;

    /** @param tickets opening and reading @param workflow status moves and reassignment */
    public SupportTicketResource(TicketService tickets, TicketWorkflow workflow) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
    }

    /** Opens a ticket for the caller; 201 with {@link SupportTicketView}; 403 for {@code requesterId} of someone else. */
    @POST
    @Timed
    @Answers(value = SupportTicketView.class, status = 201)
    @ErrorCodes({})
    public Response open(@Auth Caller caller, SupportBodies.Open body) {
        SupportBodies.Open b = Objects.requireNonNullElse(body, SupportBodies.Open.EMPTY);
        return ApiResponse.created("Ticket opened", SupportTicketView.of(tickets.open(caller, b.command())));
    }

    /** One page of the tickets the caller may see. */
    @GET
    @Timed
    @ErrorCodes({})
    public ApiResponse<PageView<SupportTicketView>> list(@Auth Caller caller, @QueryParam("status") String status,
                                                  @QueryParam("priority") String priority,
                                                  @QueryParam("assignee") String assignee,
                                                  @BeanParam PageQuery page) {
        return ApiResponse.ok("Tickets", PageView.of(tickets.list(caller, status, priority, assignee,
                page.request()), SupportTicketView::of));
    }

    /** One ticket with its first-response and resolution times. */
    @GET
    @Path("/{ticketId}")
    @Timed
    @ErrorCodes({})
    public ApiResponse<SupportTicketView> one(@Auth Caller caller, @PathParam("ticketId") String ticketId) {
        return ApiResponse.ok("Ticket", SupportTicketView.of(tickets.get(caller, PathIds.uuid(ticketId))));
    }

    /** Moves the ticket's status; 409 {@code ILLEGAL_TRANSITION} or {@code REOPEN_WINDOW_CLOSED}. */
    @PUT
    @Path("/{ticketId}/status")
    @Timed
    @ErrorCodes({"ILLEGAL_TRANSITION", "REOPEN_WINDOW_CLOSED"})
    public ApiResponse<SupportTicketView> status(@Auth Caller caller, @PathParam("ticketId") String ticketId,
                                          SupportBodies.Status body) {
        SupportBodies.Status b = Objects.requireNonNullElse(body, SupportBodies.Status.EMPTY);
        return ApiResponse.ok("Ticket updated", SupportTicketView.of(workflow.changeStatus(caller, PathIds.uuid(ticketId),
                b.status())));
    }

    /** An admin reassigns the ticket to {@code agentId}; 409 {@code TICKET_CLOSED}. */
    @PUT
    @Path("/{ticketId}/assignee")
    @Timed
    @ErrorCodes({"TICKET_CLOSED"})
    public ApiResponse<SupportTicketView> assignee(@Auth Caller caller, @PathParam("ticketId") String ticketId,
                                            SupportBodies.Assignee body) {
        SupportBodies.Assignee b = Objects.requireNonNullElse(body, SupportBodies.Assignee.EMPTY);
        return ApiResponse.ok("Ticket reassigned", SupportTicketView.of(workflow.reassign(caller, PathIds.uuid(ticketId),
                b.agentId())));
    }
}
