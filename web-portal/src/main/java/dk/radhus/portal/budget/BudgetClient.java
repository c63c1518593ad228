package dk.radhus.portal.budget;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** budget-service, called with the logged-in user's access token (drafts and uploads need the finance role). */
@RegisterRestClient(configKey = "budget")
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetClient {

    @GET
    @Path("/committees")
    List<Budget.Committee> committees();

    @GET
    @Path("/follow-ups")
    List<Budget.FollowUpSummary> followUps(@QueryParam("year") Integer year, @QueryParam("committee") String committee);

    @GET
    @Path("/follow-ups/{id}")
    Budget.FollowUpSummary followUp(@PathParam("id") UUID id);

    /** "Tabel 1: Budgetoversigt" as budget-service's HTML fragment (sanitized before it is shown). */
    @GET
    @Path("/tables/follow-ups/{id}")
    @Produces(MediaType.TEXT_HTML)
    String followUpTable(@PathParam("id") UUID id, @QueryParam("unit") String unit);

    /** Starts a background upload: 202 with the upload's progress, or 400/409 problem+json. */
    @POST
    @Path("/uploads/follow-ups/{id}")
    @Consumes("text/csv")
    Response uploadIntoFollowUp(@PathParam("id") UUID id, @QueryParam("unit") String unit,
            @QueryParam("background") boolean background, byte[] csv);

    @GET
    @Path("/uploads/{id}")
    Budget.Upload upload(@PathParam("id") UUID id);
}
