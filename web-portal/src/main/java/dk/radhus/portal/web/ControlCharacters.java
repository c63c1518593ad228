package dk.radhus.portal.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a page address whose query or path parameter holds a control character ({@code /soeg?q=%00}) with the
 * Danish 400 page, before a service is called: the services refuse such a parameter too (400 problem+json), and the
 * portal would otherwise show their refusal as a failing service. The same rule as the services' filter of that name.
 */
@Provider
public class ControlCharacters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        TreeSet<String> refused = new TreeSet<>();
        collect(request.getUriInfo().getPathParameters(true), refused);
        collect(request.getUriInfo().getQueryParameters(true), refused);
        if (!refused.isEmpty()) {
            request.abortWith(ErrorPages.badRequest("Adressen indeholder et ugyldigt tegn (et styretegn) i "
                    + String.join(", ", refused) + ". Tjek adressen, eller søg igen fra siden."));
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, TreeSet<String> refused) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (containsControl(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::containsControl)) {
                refused.add("«" + parameter.getKey().codePoints().filter(c -> !Character.isISOControl(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "»");
            }
        }
    }

    static boolean containsControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
