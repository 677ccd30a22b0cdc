package io.ensemble.web.agency;

import io.ensemble.agency.ApplicationService;
import io.ensemble.agency.MemberService;
import io.ensemble.agency.TaskService;
import io.ensemble.web.ratelimit.RateLimiter;
import java.util.Objects;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The agency use cases the routes call (issue 22 §1), shared by the native routes and the Idyll dialect.
 *
 * @param applicationLimit the public application form's limit per client address
 */
public record AgencyRoutes(ApplicationService applications, MemberService members, TaskService tasks,
                           RateLimiter applicationLimit) {
    /** @throws NullPointerException when a component is null */
    public AgencyRoutes {
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(applicationLimit, "applicationLimit");
    }

    /** Registers the native routes under {@code /api/v1/agency}. */
    public void register(ResourceConfig jersey) {
        jersey.register(new ApplicationResource(applications, applicationLimit));
        jersey.register(new MemberResource(members));
        jersey.register(new TaskResource(tasks));
    }
}
