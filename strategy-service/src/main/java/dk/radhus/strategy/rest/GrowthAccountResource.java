package dk.radhus.strategy.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.GrowthAccount;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.service.ApprovalService;
import dk.radhus.strategy.service.GrowthAccountService;

/** Published yearly growth accounts (vækstregnskaber): public, immutable snapshots. */
@Path("/growth-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Growth accounts", description = "Offentliggjorte vækstregnskaber")
public class GrowthAccountResource {

    private final GrowthAccountService accounts;
    private final ApprovalService approvals;
    private final Caller caller;

    public GrowthAccountResource(GrowthAccountService accounts, ApprovalService approvals, Caller caller) {
        this.accounts = accounts;
        this.approvals = approvals;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "All published growth accounts, oldest first, with the decisions on them the caller may see")
    public List<GrowthAccountResponse> list() {
        return accounts.all().stream().map(this::response).toList();
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "The growth account of a year, exactly as published")
    public GrowthAccountResponse get(@PathParam("year") int year) {
        return accounts.byYear(year).map(this::response)
                .orElseThrow(() -> ProblemException.notFound("Der er ikke offentliggjort et vækstregnskab for " + year + "."));
    }

    @POST
    @RolesAllowed(Roles.DIRECTOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish the growth account for a year as an immutable snapshot; publishes GrowthAccountPublished")
    public Response publish(@Valid @NotNull PublishRequest request) {
        GrowthAccountResponse published = response(accounts.publish(request.year(), request.title(),
                request.indicatorCodes(), caller.name()));
        return Response.created(URI.create("/growth-accounts/" + published.year())).entity(published).build();
    }

    private GrowthAccountResponse response(GrowthAccount account) {
        return GrowthAccountResponse.of(account, ApprovalResponse.list(
                approvals.of(ObjectReference.Kind.GROWTH_ACCOUNT, account.id.toString()), caller.staff()),
                caller.staff() || StrategyRoles.internal(caller));
    }
}
