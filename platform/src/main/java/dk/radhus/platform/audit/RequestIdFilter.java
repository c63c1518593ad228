package dk.radhus.platform.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the request id from the {@value RequestId#HEADER} header (or makes one) and echoes it in the response. */
public class RequestIdFilter {

    private final RequestId requestId;

    public RequestIdFilter(RequestId requestId) {
        this.requestId = requestId;
    }

    @ServerRequestFilter(preMatching = true)
    void take(ContainerRequestContext request) {
        requestId.take(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    void echo(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
