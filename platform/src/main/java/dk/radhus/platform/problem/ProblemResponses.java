package dk.radhus.platform.problem;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

/** The problem+json responses the mappers share: the response itself, invalid data, 401, 403 and the unexpected 500. */
final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemResponses() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.JSON).entity(problem).build();
    }

    /** A 400 naming each invalid field. */
    static Problem invalidData(List<Problem.FieldError> errors) {
        return Problem.of("validation", "Ugyldige data", 400, "Forespørgslen indeholder ugyldige data.")
                .withErrors(errors);
    }

    static Response unauthenticated() {
        return Response.fromResponse(respond(Problem.of("unauthorized", "Ikke logget ind", 401,
                "Log ind med et gyldigt adgangstoken (Bearer).")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Problem forbidden() {
        return Problem.of("forbidden", "Adgang nægtet", 403, "Din rolle giver ikke adgang til denne handling.");
    }

    /** A 500 without details; the failure is logged with an id that the response repeats, so support can find it. */
    static Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s", errorId);
        return respond(Problem.of("internal", "Intern fejl", 500,
                "Der opstod en uventet fejl. Oplys fejl-id " + errorId + " til support."));
    }
}
