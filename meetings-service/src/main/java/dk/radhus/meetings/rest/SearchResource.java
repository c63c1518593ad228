package dk.radhus.meetings.rest;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

import dk.radhus.meetings.MeetingRoles;
import dk.radhus.meetings.repository.ItemSearchRepository;
import dk.radhus.platform.security.Caller;

/** Danish full-text search over agenda items. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Fritekstsøgning i dagsordener og referater")
public class SearchResource {

    private final ItemSearchRepository search;
    private final Caller caller;

    public SearchResource(ItemSearchRepository search, Caller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Ranked Danish full-text search with highlighted fragments (<mark>); "
            + "the public finds only open items of published meetings")
    public List<ItemSearchRepository.Hit> search(
            @Parameter(example = "vækststrategi erhvervsservice") @QueryParam("q")
            @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String q,
            @Parameter(example = "BEU") @QueryParam("committee") String committee,
            @Parameter(example = "2011-01-01") @QueryParam("from") String from,
            @Parameter(example = "2011-12-31") @QueryParam("to") String to,
            @Parameter(example = "12/26442") @QueryParam("caseNumber") String caseNumber,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "skal være mindst 1")
            @Max(value = 100, message = "må højst være 100") int limit) {
        return search.search(new ItemSearchRepository.Criteria(q, blankToNull(committee),
                QueryDates.startOf("from", from), QueryDates.endOf("to", to),
                blankToNull(caseNumber), MeetingRoles.privileged(caller), limit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
