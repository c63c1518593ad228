package dk.radhus.meetings.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.AuditEntry;
import dk.radhus.platform.security.Roles;

/** The audit trail of every write. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Hvem ændrede hvad og hvornår")
public class AuditResource {

    /** One audit entry. */
    public record Entry(UUID id, Instant occurredAt, String actor, String action, String entityType, String entityId,
            String detail) {
        static Entry of(AuditEntry e) {
            return new Entry(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.detail);
        }
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Newest audit entries first, optionally for one entity id")
    public List<Entry> list(@QueryParam("entityId") String entityId,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "skal være mindst 1")
            @Max(value = 1000, message = "må højst være 1000") int limit) {
        return AuditEntry.listNewest(entityId, limit).stream().map(Entry::of).toList();
    }
}
