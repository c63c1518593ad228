package dk.radhus.strategy.rest;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.Department;
import dk.radhus.strategy.service.DepartmentService;

/** Departments (centre) that own initiatives: public to read, maintained by admin. */
@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "Centre der ejer indsatser (referencedata)")
public class DepartmentResource {

    /** A department as returned. */
    public record DepartmentResponse(String code, String name, boolean active) {
        static DepartmentResponse of(Department d) {
            return new DepartmentResponse(d.code, d.name, d.active);
        }
    }

    private final DepartmentService departments;
    private final Caller caller;

    public DepartmentResource(DepartmentService departments, Caller caller) {
        this.departments = departments;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "All departments, ordered by code")
    public List<DepartmentResponse> list() {
        return departments.all().stream().map(DepartmentResponse::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a department (admin)")
    public Response create(@Valid @NotNull DepartmentRequest request) {
        DepartmentResponse created = DepartmentResponse.of(departments.create(request.code(), request.name(),
                request.active(), caller.name()));
        return Response.created(URI.create("/departments/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rename or (de)activate a department (admin)")
    public DepartmentResponse update(@PathParam("code") String code, @Valid @NotNull DepartmentRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "skal være den samme som i adressen");
        }
        return DepartmentResponse.of(departments.update(code, request.name(), request.active(),
                caller.name()));
    }
}
