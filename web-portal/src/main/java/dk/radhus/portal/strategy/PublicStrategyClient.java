package dk.radhus.portal.strategy;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** strategy-service's public reads, called without a token: what the front page's key figures show. */
@RegisterRestClient(configKey = "strategy")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicStrategyClient {

    /** Every published growth account, with its lines. */
    @GET
    @Path("/growth-accounts")
    List<Strategy.GrowthAccount> growthAccounts();
}
