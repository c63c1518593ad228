package dk.radhus.portal.budget;

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
public interface BudgetClient extends BudgetReads {

    @GET
    @Path("/follow-ups/{id}")
    Budget.FollowUpSummary followUp(@PathParam("id") UUID id);

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
