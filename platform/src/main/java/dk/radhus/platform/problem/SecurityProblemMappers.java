package dk.radhus.platform.problem;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** No or a bad token: 401 with {@code WWW-Authenticate: Bearer}; a role that may not: 403. */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return ProblemResponses.unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return ProblemResponses.unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.respond(ProblemResponses.forbidden());
    }
}
