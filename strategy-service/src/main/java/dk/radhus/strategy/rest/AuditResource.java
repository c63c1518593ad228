package dk.radhus.strategy.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.service.AuditLog;

/** The audit trail: who changed what, when. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Revisionsspor over alle ændringer")
@RolesAllowed(Roles.DIRECTOR)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Writes since a date, newest first (at most 'limit', default 1000); optionally for one "
            + "object (objectType + objectId)")
    public List<DashboardResponse.Change> list(
            @QueryParam("since") @NotNull(message = "skal udfyldes") LocalDate since,
            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
            @QueryParam("limit") @DefaultValue("1000") @Min(value = 1, message = "skal være mindst 1")
            @Max(value = 10000, message = "må højst være 10000") int limit) {
        return audit.since(since, objectType, objectId, limit).stream().map(DashboardResponse.Change::of).toList();
    }
}
