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
import dk.radhus.meetings.repository.FacetedSearchRepository.Criteria;
import dk.radhus.meetings.repository.FacetedSearchRepository.Order;
import dk.radhus.meetings.repository.ItemSearchRepository;
import dk.radhus.meetings.service.SearchService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;

/** Danish full-text search over agenda items: the plain ranked list, and pages with a total and facets. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Fritekstsøgning i dagsordener og referater")
public class SearchResource {

    private final ItemSearchRepository search;
    private final SearchService faceted;
    private final Caller caller;

    public SearchResource(ItemSearchRepository search, SearchService faceted, Caller caller) {
        this.search = search;
        this.faceted = faceted;
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

    @GET
    @Path("results")
    @Operation(summary = "Danish full-text search with a total, facets (committee, year, case number, document kind), "
            + "pages and sorting by relevance or date; the public finds only open items of published meetings")
    public SearchResultsResponse results(
            @Parameter(example = "vækststrategi") @QueryParam("q") String q,
            @Parameter(example = "BEU") @QueryParam("committee") String committee,
            @Parameter(example = "2011") @QueryParam("year") String year,
            @Parameter(example = "12/26442") @QueryParam("caseNumber") String caseNumber,
            @Parameter(description = "AGENDA (dagsorden) or MINUTES (referat)") @QueryParam("documentKind")
            String documentKind,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort,
            @Parameter(description = "from 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        String query = blankToNull(q);
        if (query == null || query.length() > 200) {
            throw ProblemException.invalidField("q", query == null ? "skal udfyldes" : "må højst være 200 tegn");
        }
        String kind = blankToNull(documentKind);
        if (kind != null && !List.of("AGENDA", "MINUTES").contains(kind)) {
            throw ProblemException.invalidField("documentKind", "skal være AGENDA eller MINUTES");
        }
        String order = blankToNull(sort) == null ? "relevance" : sort.strip();
        if (!List.of("relevance", "date").contains(order)) {
            throw ProblemException.invalidField("sort", "skal være relevance eller date");
        }
        Integer wantedYear = year == null || year.isBlank() ? null : number("year", year, 1, 9999);
        int wantedPage = page == null ? 1 : number("page", page, 1, 10_000);
        int wantedSize = size == null ? 20 : number("size", size, 1, 100);
        Criteria criteria = new Criteria(query, blankToNull(committee), wantedYear, blankToNull(caseNumber), kind,
                MeetingRoles.privileged(caller));
        return SearchResultsResponse.of(faceted.search(criteria, order.equals("date") ? Order.DATE : Order.RELEVANCE,
                wantedPage, wantedSize), wantedPage, wantedSize, order);
    }

    private static int number(String parameter, String value, int min, int max) {
        String digits = value.strip();
        if (digits.matches("[0-9]{1,5}")) {
            int number = Integer.parseInt(digits);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw ProblemException.invalidField(parameter, "skal være et helt tal fra " + min + " til " + max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
