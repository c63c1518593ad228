package dk.radhus.portal.web;

import java.util.SortedSet;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import dk.radhus.text.ControlCharacters;

/**
 * Answers a page address whose query or path parameter holds a control character ({@code /soeg?q=%00}) with the
 * Danish 400 page, before a service is called: the services refuse such a parameter too (400 problem+json, the same
 * rule, {@link ControlCharacters}), and the portal would otherwise show their refusal as a failing service.
 */
@Provider
public class ControlCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        SortedSet<String> refused = ControlCharacters.refusedParameters(request.getUriInfo().getPathParameters(true),
                request.getUriInfo().getQueryParameters(true));
        if (!refused.isEmpty()) {
            request.abortWith(ErrorPages.badRequest("Adressen indeholder et ugyldigt tegn (et styretegn) i «"
                    + String.join("», «", refused) + "». Tjek adressen, eller søg igen fra siden."));
        }
    }
}
