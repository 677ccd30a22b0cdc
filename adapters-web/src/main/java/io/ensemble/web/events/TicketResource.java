package io.ensemble.web.events;

import com.codahale.metrics.annotation.Timed;
import io.dropwizard.auth.Auth;
import io.ensemble.events.Ticket;
import io.ensemble.events.TicketPurchase;
import io.ensemble.events.TicketService;
import io.ensemble.identity.Caller;
import io.ensemble.web.http.Answers;
import io.ensemble.web.http.ApiResponse;
import io.ensemble.web.http.ErrorCodes;
import io.ensemble.web.http.IdempotencyHeaders;
import io.ensemble.web.http.PathIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Tickets of an event (issue 21 §3) under {@code /api/v1/events/:eventId/tickets}: buy one
 * ({@code Idempotency-Key}), read it, record its payment (manual gateway; host or admin), refund it.
 */
@Path("/api/v1/events/{eventId}/tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class TicketResource {
    private final TicketService tickets;

    public TicketResource(TicketService tickets) {
        this.tickets = tickets;
    }

    /**
     * Buys the caller's ticket: 201 with a PENDING ticket holding a seat (Stripe: with its
     * {@code clientSecret}); 200 with the ticket already held or answered for the same
     * {@code Idempotency-Key} (header {@code Idempotent-Replayed: true}); 404 unknown event; 409
     * {@code EVENT_FREE} / {@code SOLD_OUT} / {@code EVENT_CANCELLED} / {@code EVENT_ENDED}; 422 a key used
     * for another event; 503 when the payment provider is down (nothing stored, nothing charged).
     */
    @POST
    @Timed
    @Answers(value = TicketView.class, status = {201, 200})
    @ErrorCodes({"CARD_DECLINED", "EVENT_CANCELLED", "EVENT_ENDED", "EVENT_FREE", "PAYMENT_IDEMPOTENCY",
            "PROVIDER_REJECTED", "SOLD_OUT"})
    public Response buy(@Auth Caller caller, @PathParam("eventId") String eventId,
                        @HeaderParam(IdempotencyHeaders.KEY) String idempotencyKey) {
        TicketPurchase p = tickets.buyTicket(caller, PathIds.uuid(eventId), Optional.ofNullable(idempotencyKey));
        Response.ResponseBuilder answer = Response.status(p.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ApiResponse.ok(p.created() ? "Ticket reserved" : "Ticket",
                        TicketView.of(p.ticket(), caller.userId(), p.clientSecret())));
        return IdempotencyHeaders.build(answer, idempotencyKey != null && !p.created());
    }

    /** One ticket, to its holder, the event's host or an admin; 404 otherwise. */
    @GET
    @Path("/{ticketId}")
    @Timed
    @ErrorCodes({"CARD_DECLINED", "PAYMENT_IDEMPOTENCY", "PROVIDER_REJECTED"})
    public ApiResponse<TicketView> one(@Auth Caller caller, @PathParam("eventId") String eventId,
                                       @PathParam("ticketId") String ticketId) {
        Ticket t = tickets.ticket(caller, PathIds.uuid(eventId), PathIds.uuid(ticketId));
        return ApiResponse.ok("Ticket", TicketView.of(t, caller.userId(), tickets.clientSecret(t)));
    }

    /**
     * Records that a PENDING ticket was paid (manual gateway; the host or an admin): 200 with the PAID
     * ticket, its holder now going; 404 not their event or ticket; 409 {@code PAID_BY_PROVIDER} (Stripe)
     * or {@code TICKET_NOT_PENDING}.
     */
    @POST
    @Path("/{ticketId}/payment")
    @Timed
    @ErrorCodes({"CARD_DECLINED", "PAID_BY_PROVIDER", "PAYMENT_IDEMPOTENCY", "PROVIDER_REJECTED",
            "TICKET_NOT_PENDING", "TICKET_NOT_REFUNDABLE"})
    public ApiResponse<TicketView> recordPayment(@Auth Caller caller, @PathParam("eventId") String eventId,
                                                 @PathParam("ticketId") String ticketId) {
        Ticket t = tickets.recordPayment(caller, PathIds.uuid(eventId), PathIds.uuid(ticketId));
        return ApiResponse.ok("Payment recorded", TicketView.of(t, caller.userId(), Optional.empty()));
    }

    /**
     * Refunds a ticket through the payment gateway (its holder before the event, or the host/an admin):
     * 200 with the REFUNDED (or, unpaid, VOID) ticket; the seat frees; 404; 409 {@code TICKET_NOT_REFUNDABLE};
     * 503 when the provider is down (nothing changed).
     */
    @POST
    @Path("/{ticketId}/refund")
    @Timed
    @ErrorCodes({"CARD_DECLINED", "EVENT_CANCELLED", "EVENT_ENDED", "PAYMENT_IDEMPOTENCY", "PROVIDER_REJECTED",
            "TICKET_NOT_REFUNDABLE"})
    public ApiResponse<TicketView> refund(@Auth Caller caller, @PathParam("eventId") String eventId,
                                          @PathParam("ticketId") String ticketId) {
        Ticket t = tickets.refundTicket(caller, PathIds.uuid(eventId), PathIds.uuid(ticketId));
        return ApiResponse.ok("Ticket refunded", TicketView.of(t, caller.userId(), Optional.empty()));
    }
}
