package dk.radhus.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.security.Roles;

/** The audit log of the service, for the people who answer for it: administrators and directors, in every service. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Revisionsspor: hvem ændrede hvad, hvornår, før og efter")
@RolesAllowed({ Roles.ADMIN, Roles.DIRECTOR })
public class AuditResource {

    /** {@code since} is a day in Danish local time. */
    private static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Copenhagen");

    /** One audit entry. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String objectType, String objectId,
            Map<String, Object> before, Map<String, Object> after, String requestId, String prevHash, String hash) {
        static Entry of(AuditRecord r) {
            return new Entry(r.id, r.occurredAt, r.actor, r.action, r.objectType, r.objectId, r.before, r.after,
                    r.requestId, r.prevHash, r.hash);
        }
    }

    /** A page of entries, newest first. */
    public record EntryPage(int page, int size, long total, List<Entry> entries) {
    }

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(summary = "Audit entries newest first, filtered by object, actor and day, a page at a time")
    public EntryPage list(
            @Parameter(example = "Meeting") @QueryParam("objectType")
            @Size(max = 100, message = "må højst være 100 tegn") String objectType,
            @Parameter(example = "0b5d3c9e-4f7a-4d38-9a55-1c2e0f3b7a10") @QueryParam("objectId")
            @Size(max = 200, message = "må højst være 200 tegn") String objectId,
            @Parameter(example = "sekretaer") @QueryParam("actor")
            @Size(max = 200, message = "må højst være 200 tegn") String actor,
            @Parameter(description = "Only entries from this day on (Danish time)", example = "2026-01-31")
            @QueryParam("since") LocalDate since,
            @Parameter(example = "0") @QueryParam("page") @DefaultValue("0")
            @Min(value = 0, message = "skal være mindst 0") @Max(value = 100000, message = "må højst være 100000")
            int page,
            @Parameter(example = "50") @QueryParam("size") @DefaultValue("50")
            @Min(value = 1, message = "skal være mindst 1") @Max(value = 500, message = "må højst være 500") int size) {
        AuditTrail.Slice slice = trail.find(blankToNull(objectType), blankToNull(objectId), blankToNull(actor),
                since == null ? null : since.atStartOfDay(LOCAL_TIME).toInstant(), page, size);
        return new EntryPage(page, size, slice.total(), slice.entries().stream().map(Entry::of).toList());
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recomputes the hash chain; names the first row that was changed, removed or inserted")
    public ChainCheck verify() {
        return trail.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
