package dk.radhus.budget.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.accounts.SeriesService;
import dk.radhus.budget.structure.PolicyAreaService;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/** Policy areas and their function mapping: public to read, maintained by finance. */
@Path("/policy-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy areas", description = "Politikområder, deres udvalg og funktioner i kontoplanen")
public class PolicyAreaResource {

    private final PolicyAreaService areas;
    private final SeriesService series;
    private final Caller caller;

    public PolicyAreaResource(PolicyAreaService areas, SeriesService series, Caller caller) {
        this.caller = caller;
        this.areas = areas;
        this.series = series;
    }

    @GET
    @Operation(summary = "All policy areas, optionally of one committee")
    public List<PolicyAreaResponse> list(@QueryParam("committee") String committeeCode) {
        return areas.all(committeeCode).stream().map(a -> PolicyAreaResponse.of(a, areas.functions(a.code))).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One policy area with the functions it covers")
    @APIResponse(responseCode = "404", description = "No policy area has that code")
    public PolicyAreaResponse get(@PathParam("code") String code) {
        return PolicyAreaResponse.of(areas.find(code), areas.functions(code));
    }

    @GET
    @Path("/{code}/series")
    @Operation(summary = "Year-over-year series: original and corrected budget, accounts and deviation per year")
    @APIResponse(responseCode = "404", description = "No policy area has that code")
    public SeriesResponse series(@PathParam("code") String code,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        return SeriesResponse.of(code, series.series(code, !caller.staff()), unit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a policy area of a committee known from meetings-service")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid, or the committee is unknown")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@Valid @NotNull PolicyAreaRequest request) {
        PolicyArea area = areas.create(request.code(), request.name(), request.committeeCode(), request.kind());
        return Response.created(URI.create("/policy-areas/" + area.code))
                .entity(PolicyAreaResponse.of(area, List.of())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}/functions")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Map a function or a range of functions to the policy area")
    @APIResponse(responseCode = "201", description = "Mapped")
    @APIResponse(responseCode = "409", description = "Some of the functions belong to a policy area already")
    public Response addFunctions(@PathParam("code") String code, @Valid @NotNull FunctionRangeRequest request) {
        areas.addFunctions(code, request.from(), request.to());
        return Response.created(URI.create("/policy-areas/" + code)).entity(get(code)).build();
    }
}
