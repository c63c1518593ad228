package dk.radhus.portal.budget;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * budget-service's public reads, called without a token: submitted follow-ups and their "Tabel 1" as anyone may read
 * them (budget-service hides drafts and closed items' citations from an anonymous caller).
 */
@RegisterRestClient(configKey = "budget")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicBudgetClient {

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
