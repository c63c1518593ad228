package dk.radhus.portal.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;

/**
 * Every failure becomes a Danish page, never a stack trace: a missing page or object is "Siden findes ikke", a role
 * the user lacks is "Ingen adgang", a request a service refuses as invalid is a 400 page, an upload larger than the
 * service takes a 413 page, a service that fails or cannot be reached is a page saying so (and a log line).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    static final String NOT_FOUND = "Siden findes ikke";
    static final String FORBIDDEN = "Ingen adgang";
    static final String SERVICE_FAILED = "Der opstod en fejl";
    static final String UNAVAILABLE = "Tjenesten svarer ikke";
    static final String BAD_REQUEST = "Forespørgslen kunne ikke gennemføres";
    static final String TOO_LARGE = "Filen er for stor";
    static final String TOO_LARGE_MESSAGE = "Filen er større, end der kan indlæses på én gang. Del den op i mindre "
            + "filer, eller kontakt support.";

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, NOT_FOUND, "Siden findes ikke, eller den er ikke offentliggjort. Tjek adressen, eller gå til "
                + "forsiden.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, FORBIDDEN, "Du er logget ind, men din bruger har ikke adgang til denne side.");
    }

    /** An error answer from one of the services. */
    @ServerExceptionMapper
    public Response service(ClientWebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return notFound(new NotFoundException());
        }
        if (status == 401 || status == 403) {
            return forbidden(new ForbiddenException());
        }
        if (status == 413) {
            return tooLarge();
        }
        if (status == 400) {
            return badRequest("Tjek adressen og det, du har udfyldt.");
        }
        LOG.errorf("A service answered %d: %s", status, e.getMessage());
        return page(502, SERVICE_FAILED, "En af kommunens tjenester kunne ikke svare på forespørgslen. Prøv igen om "
                + "lidt.");
    }

    /** A service that is down or too slow. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.errorf("A service could not be reached: %s", e.getMessage());
        return page(503, UNAVAILABLE, "En af kommunens tjenester svarer ikke lige nu. Prøv igen om lidt.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return notFound(new NotFoundException());
        }
        if (status == 413) {
            return tooLarge();
        }
        if (status < 500) {
            return page(status, BAD_REQUEST, "Tjek adressen og det, du har udfyldt.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected failure while rendering a page", e);
        return page(500, SERVICE_FAILED, "Siden kunne ikke vises på grund af en fejl. Prøv igen om lidt.");
    }

    static Response badRequest(String message) {
        return page(400, BAD_REQUEST, message);
    }

    /** An upload over the portal's limit or the service's. */
    static Response tooLarge() {
        return page(413, TOO_LARGE, TOO_LARGE_MESSAGE);
    }

    private static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.error(title, message).render()).build();
    }
}
