package dk.radhus.meetings.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.service.CommitteeNameService;
import dk.radhus.platform.security.Roles;

/** The committee names imported documents use, mapped to committees by the secretariat. */
@Path("/committee-names")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Indlæsning af dagsordener og referater")
public class CommitteeNameResource {

    private final CommitteeNameService names;

    public CommitteeNameResource(CommitteeNameService names) {
        this.names = names;
    }

    @GET
    @RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The committee names of imported documents and the committees they are mapped to, by name")
    public List<CommitteeNameResponse> list() {
        return names.all().stream().map(CommitteeNameResponse::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Map a committee name as documents give it to a committee (replaces an earlier mapping of "
            + "the name); imports then find the committee by that name")
    @APIResponse(responseCode = "400", description = "Blank name, or no committee has the code (committeeCode)")
    public CommitteeNameResponse map(@Valid @NotNull CommitteeNameRequest request) {
        return CommitteeNameResponse.of(names.map(request.name(), request.committeeCode()));
    }
}
