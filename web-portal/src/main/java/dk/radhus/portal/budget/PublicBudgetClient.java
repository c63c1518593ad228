package dk.radhus.portal.budget;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * budget-service's public reads, called without a token: submitted follow-ups and their "Tabel 1" as anyone may read
 * them (budget-service hides drafts and closed items' citations from an anonymous caller).
 */
@RegisterRestClient(configKey = "budget")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicBudgetClient extends BudgetReads {
}
