package io.ensemble.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.web.http.SecurityHeadersFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;

/** Every answer says nosniff and no-referrer; JSON and empty answers are not stored unless the route said otherwise. */
class SecurityHeadersFilterTest {
    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

    @Test
    void a_json_answer_gets_the_security_headers_and_no_store() {
        ContainerResponse response = answer(Response.ok("{}", MediaType.APPLICATION_JSON_TYPE).build());

        assertThat(response.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaderString("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeaderString("Cache-Control")).isEqualTo(SecurityHeadersFilter.NO_STORE);
    }

    @Test
    void an_empty_answer_is_not_stored_either() {
        assertThat(answer(Response.noContent().build()).getHeaderString("Cache-Control"))
                .isEqualTo(SecurityHeadersFilter.NO_STORE);
    }

    @Test
    void a_route_that_sets_its_own_cache_control_keeps_it_and_images_are_left_cacheable() {
        ContainerResponse media = answer(Response.ok(new byte[] {1}, "image/png")
                .header("Cache-Control", "private, max-age=3600").build());
        ContainerResponse image = answer(Response.ok(new byte[] {1}, "image/png").build());

        assertThat(media.getHeaderString("Cache-Control")).isEqualTo("private, max-age=3600");
        assertThat(image.getHeaderString("Cache-Control")).isNull();
        assertThat(image.getHeaderString("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private ContainerResponse answer(Response built) {
        ContainerResponse response = new ContainerResponse(Requests.request("GET", "/x"), built);
        filter.filter(response.getRequestContext(), response);
        return response;
    }
}
