package io.ensemble.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ensemble.web.http.BodySizeLimitFilter;
import jakarta.ws.rs.WebApplicationException;
import java.io.InputStream;
import org.glassfish.jersey.server.ContainerRequest;
import org.junit.jupiter.api.Test;

/** Bodies over their cap are refused with 413: at once from Content-Length, else while being read. */
class BodySizeLimitFilterTest {
    private static final int JSON_CAP = 1024;
    private static final int MULTIPART_CAP = 4096;
    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(JSON_CAP, MULTIPART_CAP);

    @Test
    void a_declared_length_over_the_cap_is_refused_before_reading() {
        ContainerRequest request = Requests.withBody("POST", "application/json", new byte[JSON_CAP + 1], true);

        assertThatThrownBy(() -> filter.filter(request)).isInstanceOfSatisfying(WebApplicationException.class,
                e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
    }

    @Test
    void a_chunked_body_is_cut_off_once_it_passes_the_cap() throws Exception {
        ContainerRequest request = Requests.withBody("POST", "application/json", new byte[JSON_CAP + 10], false);
        filter.filter(request);

        InputStream body = request.getEntityStream();
        assertThat(body.readNBytes(JSON_CAP)).hasSize(JSON_CAP);
        assertThatThrownBy(body::read).isInstanceOfSatisfying(WebApplicationException.class,
                e -> assertThat(e.getResponse().getStatus()).isEqualTo(413));
    }

    @Test
    void a_body_at_the_cap_reads_whole() throws Exception {
        ContainerRequest request = Requests.withBody("POST", "application/json", new byte[JSON_CAP], false);
        filter.filter(request);

        assertThat(request.getEntityStream().readAllBytes()).hasSize(JSON_CAP);
    }

    @Test
    void multipart_bodies_have_their_own_larger_cap() throws Exception {
        byte[] upload = new byte[MULTIPART_CAP];
        ContainerRequest declared = Requests.withBody("POST", "multipart/form-data; boundary=x", upload, true);
        assertThatCode(() -> filter.filter(declared)).doesNotThrowAnyException();
        assertThat(declared.getEntityStream().readAllBytes()).hasSize(MULTIPART_CAP);

        ContainerRequest over = Requests.withBody("POST", "multipart/form-data; boundary=x",
                new byte[MULTIPART_CAP + 1], true);
        assertThatThrownBy(() -> filter.filter(over)).isInstanceOf(WebApplicationException.class);
    }
}
