package io.ensemble.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ensemble.web.http.UnreadBodyFilter;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;

/**
 * A response to a request whose body was not read keeps the connection reusable: a small rest is
 * drained, a large, endless or broken one gets {@code Connection: close}.
 */
class UnreadBodyFilterTest {

    @Test
    void a_body_the_route_read_is_left_alone() throws Exception {
        Body body = new Body(new byte[10]);
        body.readAllBytes();

        assertThat(answer(withLength(10), body)).isNull();
    }

    @Test
    void a_small_unread_body_is_drained_and_the_connection_stays_open() throws Exception {
        Body body = new Body(new byte[UnreadBodyFilter.DRAIN_LIMIT_BYTES]);

        assertThat(answer(withLength(UnreadBodyFilter.DRAIN_LIMIT_BYTES), body)).isNull();
        assertThat(body.isFinished()).as("drained").isTrue();
    }

    @Test
    void a_body_declared_over_the_limit_closes_the_connection_without_waiting_for_it() throws Exception {
        Body body = new Body(new byte[UnreadBodyFilter.DRAIN_LIMIT_BYTES + 1]);

        assertThat(answer(withLength(UnreadBodyFilter.DRAIN_LIMIT_BYTES + 1), body)).isEqualTo("close");
        assertThat(body.available()).as("not read").isEqualTo(UnreadBodyFilter.DRAIN_LIMIT_BYTES + 1);
    }

    @Test
    void a_chunked_body_longer_than_the_limit_closes_the_connection() throws Exception {
        ContainerRequest chunked = Requests.request("POST", "/upload");
        chunked.header("Transfer-Encoding", "chunked");

        assertThat(answer(chunked, new Body(new byte[UnreadBodyFilter.DRAIN_LIMIT_BYTES + 8192]))).isEqualTo("close");
    }

    @Test
    void a_broken_body_closes_the_connection() throws Exception {
        Body broken = new Body(new byte[10]) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("reset by peer");
            }
        };

        assertThat(answer(withLength(10), broken)).isEqualTo("close");
    }

    @Test
    void a_request_without_a_body_is_left_alone() throws Exception {
        assertThat(answer(Requests.request("GET", "/things"), new Body(new byte[0]))).isNull();
    }

    private static ContainerRequest withLength(int length) {
        ContainerRequest request = Requests.request("POST", "/upload");
        request.header("Content-Length", Integer.toString(length));
        return request;
    }

    /** @return the {@code Connection} header the filter set on a 401 answer, or null */
    private static Object answer(ContainerRequest request, ServletInputStream body) throws Exception {
        UnreadBodyFilter filter = new UnreadBodyFilter();
        Field servlet = UnreadBodyFilter.class.getDeclaredField("servletRequest");
        servlet.setAccessible(true); // what Jersey's @Context injection does
        servlet.set(filter, servletRequest(body));
        ContainerResponse response = new ContainerResponse(request, Response.status(401).build());
        filter.filter(request, response);
        return response.getHeaders().getFirst("Connection");
    }

    private static HttpServletRequest servletRequest(ServletInputStream body) {
        return (HttpServletRequest) Proxy.newProxyInstance(UnreadBodyFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getInputStream")) {
                        return body;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A servlet body over bytes in memory. */
    private static class Body extends ServletInputStream {
        private final ByteArrayInputStream bytes;

        Body(byte[] content) {
            this.bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return bytes.read(b, off, len);
        }

        @Override
        public int available() {
            return bytes.available();
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
