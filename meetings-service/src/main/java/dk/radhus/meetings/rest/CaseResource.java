package dk.radhus.meetings.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.MeetingRoles;
import dk.radhus.meetings.service.SearchService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;

/** The case page (sag): every meeting where a case number was on the agenda. The public sees open items only. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Sager på tværs af møder")
public class CaseResource {

    private final SearchService search;
    private final Caller caller;

    public CaseResource(SearchService search, Caller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A case page: every meeting where a case number was on the agenda, oldest first; the public "
            + "sees published meetings and open items only")
    @APIResponse(responseCode = "404", description = "No meeting the caller may see treats the case number")
    public CasePageResponse casePage(
            @Parameter(example = "12/26442", required = true) @QueryParam("caseNumber") String caseNumber) {
        String wanted = blankToNull(caseNumber);
        if (wanted == null) {
            throw ProblemException.invalidField("caseNumber", "skal udfyldes");
        }
        boolean privileged = MeetingRoles.privileged(caller);
        List<SearchService.Treatment> treatments = search.casePage(wanted, privileged);
        if (treatments.isEmpty()) {
            throw ProblemException.notFound("Sagen findes ikke.");
        }
        return CasePageResponse.of(wanted, treatments, privileged);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
