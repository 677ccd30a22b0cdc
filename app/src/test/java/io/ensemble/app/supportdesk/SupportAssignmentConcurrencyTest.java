package io.ensemble.app.supportdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.app.support.Sql;
import io.ensemble.identity.Caller;
import io.ensemble.identity.Role;
import io.ensemble.support.OpenTicketCommand;
import io.ensemble.support.Ticket;
import io.ensemble.support.TicketStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 §3 on PostgreSQL: tickets opened at the same moment by many requesters (each in its own
 * transaction on its own connection) are spread evenly over the available agents: the assignment
 * statement never lets two of them read the same open-ticket count. Each agent's stored count equals
 * the tickets they hold.
 */
class SupportAssignmentConcurrencyTest {
    private static final int AGENTS = 3;
    private static final int PER_AGENT = 6;

    @Test
    void concurrent_tickets_are_spread_evenly_over_the_available_agents() throws Exception {
        SupportDesk desk = new SupportDesk(Clock.systemUTC());
        SupportDesk.othersOffline();
        List<Caller> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            Caller agent = desk.user(Role.AGENT);
            desk.agentService.setStatus(agent, agent.userId(), "available");
            agents.add(agent);
        }
        int n = AGENTS * PER_AGENT;
        List<Caller> requesters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requesters.add(desk.user(Role.CREATOR));
        }

        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Ticket>> opened = new ArrayList<>();
        try {
            for (Caller requester : requesters) {
                opened.add(pool.submit(() -> {
                    start.await();
                    return desk.ticketService.open(requester, new OpenTicketCommand("Payout missing",
                            "My payout did not arrive", "payments", "high", null));
                }));
            }
            start.countDown();
            Map<UUID, Integer> perAgent = new HashMap<>();
            for (Future<Ticket> f : opened) {
                Ticket t = f.get();
                assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
                perAgent.merge(t.agentId().orElseThrow(), 1, Integer::sum);
            }
            assertThat(perAgent.keySet()).containsExactlyInAnyOrderElementsOf(agents.stream().map(Caller::userId)
                    .toList());
            assertThat(perAgent.values()).as("tickets per agent").containsOnly(PER_AGENT);
        } finally {
            pool.shutdownNow();
        }
        for (Caller agent : agents) {
            assertThat(desk.agents.find(agent.userId()).orElseThrow().openTickets()).isEqualTo(PER_AGENT);
            assertThat(Sql.count("SELECT count(*) FROM support_tickets WHERE agent_id = ? AND status = 'assigned'",
                    agent.userId())).isEqualTo(PER_AGENT);
        }
    }

    @Test
    void agents_becoming_available_together_take_the_whole_queue_without_deadlock_and_counts_match() throws Exception {
        SupportDesk desk = new SupportDesk(Clock.systemUTC());
        SupportDesk.othersOffline();
        int queued = AGENTS * 3;
        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < queued; i++) {
            Ticket t = desk.ticketService.open(desk.user(Role.BRAND), new OpenTicketCommand("Queued " + i,
                    "Nobody is available", null, null, null));
            assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
            tickets.add(t.id());
        }
        List<Caller> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            Caller agent = desk.user(Role.AGENT);
            desk.agentService.setStatus(agent, agent.userId(), "busy");
            agents.add(agent);
        }

        ExecutorService pool = Executors.newFixedThreadPool(AGENTS * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (Caller agent : agents) {
                for (int twice = 0; twice < 2; twice++) {
                    done.add(pool.submit(() -> {
                        start.await();
                        return desk.agentService.setStatus(agent, agent.userId(), "available");
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int held = 0;
        for (Caller agent : agents) {
            int open = desk.agents.find(agent.userId()).orElseThrow().openTickets();
            assertThat(Sql.count("SELECT count(*) FROM support_tickets WHERE agent_id = ? AND status = 'assigned'",
                    agent.userId())).isEqualTo(open);
            held += open;
        }
        assertThat(held).isEqualTo(queued);
        for (UUID id : tickets) {
            assertThat(desk.tickets.find(id).orElseThrow().status()).isEqualTo(TicketStatus.ASSIGNED);
        }
    }
}
