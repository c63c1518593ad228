package dk.radhus.platform.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Turns every failure into a problem+json response: a {@link ProblemException}, JAX-RS's own 4xx, and anything
 * unexpected. Client errors name the field and the reason; nothing about the implementation (class names, stack
 * traces, SQL) reaches the client. The other mappers, by concern: {@link JsonProblemMappers},
 * {@link ValidationProblemMappers}, {@link SecurityProblemMappers}.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ProblemResponses.respond(e.problem());
    }

    /**
     * JAX-RS answers its own 4xx; a {@link ProblemException} from a parameter converter ({@link RequestParameters})
     * arrives wrapped in the {@link NotFoundException} that a query or path value it cannot convert becomes.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() instanceof ProblemException parameter) {
            return problem(parameter);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return ProblemResponses.respond(JsonProblems.of(json));
        }
        if (status >= 500) {
            return ProblemResponses.unexpected(e);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        return ProblemResponses.respond(clientError(status));
    }

    /** Unexpected failures are logged with an id that the response repeats, so support can find the log line. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return ProblemResponses.unexpected(e);
    }

    private static Problem clientError(int status) {
        return switch (status) {
            case 400 -> Problem.of("bad-request", "Ugyldig forespørgsel", 400, "Forespørgslen kan ikke behandles.");
            case 401 -> Problem.of("unauthorized", "Ikke logget ind", 401, "Log ind for at bruge denne funktion.");
            case 403 -> ProblemResponses.forbidden();
            case 404 -> Problem.of("not-found", "Ikke fundet", 404, "Ressourcen findes ikke.");
            case 405 -> Problem.of("method-not-allowed", "Metoden er ikke tilladt", 405,
                    "HTTP-metoden understøttes ikke for denne adresse.");
            case 406 -> Problem.of("not-acceptable", "Formatet kan ikke leveres", 406,
                    "Det ønskede svarformat understøttes ikke.");
            case 413 -> Problem.of("payload-too-large", "For stor forespørgsel", 413,
                    "Forespørgslens indhold er større end tilladt.");
            case 415 -> Problem.of("unsupported-media-type", "Indholdstypen understøttes ikke", 415,
                    "Indholdets type (Content-Type) understøttes ikke af denne adresse.");
            default -> Problem.of("client-error", "Ugyldig forespørgsel", status, "Forespørgslen kan ikke behandles.");
        };
    }
}
