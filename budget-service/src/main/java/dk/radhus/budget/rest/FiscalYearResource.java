package dk.radhus.budget.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.budget.structure.FiscalYearService;
import dk.radhus.platform.security.Roles;

/** Fiscal years (budgetår): public to read, opened and closed by finance. */
@Path("/fiscal-years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiscal years", description = "Budgetår, åbne eller lukkede")
public class FiscalYearResource {

    private final FiscalYearService years;

    public FiscalYearResource(FiscalYearService years) {
        this.years = years;
    }

    @GET
    @Operation(summary = "All fiscal years, oldest first")
    public List<FiscalYearResponse> list() {
        return years.all().stream().map(FiscalYearResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Open a fiscal year for figures")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "409", description = "The year exists")
    public Response open(@Valid @NotNull FiscalYearRequest request) {
        FiscalYearResponse opened = FiscalYearResponse.of(years.open(request.year()));
        return Response.created(URI.create("/fiscal-years/" + opened.year())).entity(opened).build();
    }

    @POST
    @Path("/{year}/close")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Close a fiscal year: its budget, follow-ups and accounts can no longer change")
    public FiscalYearResponse close(@PathParam("year") int year) {
        return FiscalYearResponse.of(years.close(year));
    }
}
