package dk.radhus.portal.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** strategy-service, called with the logged-in director's access token. */
@RegisterRestClient(configKey = "strategy")
@AccessToken
@Produces(MediaType.APPLICATION_JSON)
public interface StrategyClient {

    @GET
    @Path("/dashboard")
    Strategy.Dashboard dashboard(@QueryParam("changedSince") LocalDate changedSince);

    @GET
    @Path("/initiatives/{id}")
    Strategy.Initiative initiative(@PathParam("id") UUID id);

    @GET
    @Path("/initiatives/{id}/history")
    List<Strategy.StatusChange> history(@PathParam("id") UUID id);
}
