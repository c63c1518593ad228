package dk.radhus.platform.problem;

import java.util.SortedSet;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import dk.radhus.text.ControlCharacters;

/**
 * Refuses a query or path parameter holding a control character ({@code ?q=%00}, {@code /committees/BEU%07}) with a
 * 400 naming the parameter ({@link ControlCharacters} is the rule); PostgreSQL answered a search or lookup holding a
 * NUL with an error. Runs after matching, so path parameters are known, and before any resource reads its parameters.
 */
@Provider
public class ControlCharacterFilter implements ContainerRequestFilter {

    static final String MESSAGE = "må ikke indeholde styretegn (fx NUL-tegnet, tabulator eller linjeskift)";

    @Override
    public void filter(ContainerRequestContext request) {
        SortedSet<String> refused = ControlCharacters.refusedParameters(request.getUriInfo().getPathParameters(true),
                request.getUriInfo().getQueryParameters(true));
        if (!refused.isEmpty()) {
            request.abortWith(ProblemResponses.respond(ProblemException.invalid(refused.stream()
                    .map(name -> new Problem.FieldError(name, MESSAGE)).toList()).problem()));
        }
    }
}
