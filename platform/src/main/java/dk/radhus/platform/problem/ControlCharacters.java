package dk.radhus.platform.problem;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a query or path parameter holding a control character ({@code ?q=%00}, {@code /committees/BEU%07}) with a
 * 400 naming the parameter. A parameter is one line of text — a code, an id, search words — so no control character
 * belongs in it, not even a tab or a line break; PostgreSQL cannot store the NUL character at all and answered a
 * search or lookup holding one with an error. Runs after matching, so path parameters are known, and before any
 * resource reads its parameters.
 */
@Provider
public class ControlCharacters implements ContainerRequestFilter {

    static final String MESSAGE = "må ikke indeholde styretegn (fx NUL-tegnet, tabulator eller linjeskift)";

    @Override
    public void filter(ContainerRequestContext request) {
        TreeSet<String> refused = new TreeSet<>();
        collect(request.getUriInfo().getPathParameters(true), refused);
        collect(request.getUriInfo().getQueryParameters(true), refused);
        if (!refused.isEmpty()) {
            request.abortWith(ProblemResponses.respond(ProblemException.invalid(refused.stream()
                    .map(name -> new Problem.FieldError(name, MESSAGE)).toList()).problem()));
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, TreeSet<String> refused) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (containsControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(
                    ControlCharacters::containsControl)) {
                refused.add(printable(parameter.getKey()));
            }
        }
    }

    /** Whether the text holds a C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control (U+0080–U+009F). */
    static boolean containsControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A parameter's name as the problem can repeat it: its control characters as U+XXXX. */
    private static String printable(String name) {
        StringBuilder printable = new StringBuilder();
        name.chars().forEach(c -> printable.append(Character.isISOControl(c) ? "U+%04X".formatted(c) : (char) c));
        return printable.toString();
    }
}
