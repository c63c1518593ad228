package dk.radhus.portal.budget;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The reads of budget-service that the public pages and the staff pages share; each client that extends it sends them
 * with or without the user's token.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetReads {

    @GET
    @Path("/committees")
    List<Budget.Committee> committees();

    @GET
    @Path("/follow-ups")
    List<Budget.FollowUpSummary> followUps(@QueryParam("year") Integer year, @QueryParam("committee") String committee);

    /** "Tabel 1: Budgetoversigt" as budget-service's HTML fragment (sanitized before it is shown). */
    @GET
    @Path("/tables/follow-ups/{id}")
    @Produces(MediaType.TEXT_HTML)
    String followUpTable(@PathParam("id") UUID id, @QueryParam("unit") String unit);
}
