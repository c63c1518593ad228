package dk.radhus.meetings.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.service.CommitteeService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Roles;

/** Committees (udvalg): public to read, maintained by the secretariat. */
@Path("/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Udvalg, byråd og direktion")
public class CommitteeResource {

    private final CommitteeService committees;

    public CommitteeResource(CommitteeService committees) {
        this.committees = committees;
    }

    @GET
    @Operation(summary = "All committees, ordered by code")
    public List<CommitteeResponse> list() {
        return committees.all().stream().map(CommitteeResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One committee by its code, e.g. BEU")
    @APIResponse(responseCode = "404", description = "No committee has that code")
    public CommitteeResponse get(@PathParam("code") String code) {
        return committees.find(code).map(CommitteeResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Udvalget " + code + " findes ikke."));
    }

    @POST
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    @Operation(summary = "Create a committee; publishes CommitteeUpserted")
    @APIResponse(responseCode = "201", description = "Created; Location names the new committee")
    @APIResponse(responseCode = "409", description = "A committee with that code exists")
    public Response create(@Valid @NotNull CommitteeRequest request) {
        CommitteeResponse created = CommitteeResponse.of(
                committees.create(request.code(), request.name(), request.kind(), request.active()));
        return Response.created(URI.create("/committees/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    @Operation(summary = "Rename, re-kind or (de)activate a committee; publishes CommitteeUpserted when it changed")
    public CommitteeResponse update(@PathParam("code") String code, @Valid @NotNull CommitteeUpdate update) {
        return CommitteeResponse.of(committees.update(code, update.name(), update.kind(), update.active()));
    }
}
