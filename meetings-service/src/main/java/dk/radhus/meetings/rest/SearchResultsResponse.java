package dk.radhus.meetings.rest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.repository.FacetedSearchRepository.FacetValue;
import dk.radhus.meetings.repository.FacetedSearchRepository.Facets;
import dk.radhus.meetings.repository.FacetedSearchRepository.Hit;
import dk.radhus.meetings.service.SearchService;

/** A page of search results: the total, the facets over all matches, and the page's hits. */
public record SearchResultsResponse(long total, int page, int size, String sort, List<HitResponse> hits,
        FacetsResponse facets) {

    /** One hit; {@code documentKind} AGENDA (dagsorden) or MINUTES (referat). */
    public record HitResponse(UUID itemId, UUID meetingId, String committeeCode, LocalDateTime startsAt, int number,
            String title, String caseNumber, String access, String documentKind, double rank, String highlight) {

        static HitResponse of(Hit hit) {
            return new HitResponse(hit.itemId(), hit.meetingId(), hit.committeeCode(), hit.startsAt(), hit.number(),
                    hit.title(), hit.caseNumber(), hit.access(), hit.documentKind(), hit.rank(), hit.highlight());
        }
    }

    /** A facet value: what to filter by ({@code value}), what to show ({@code label}) and how many match. */
    public record FacetValueResponse(String value, String label, long count) {
    }

    public record FacetsResponse(List<FacetValueResponse> committee, List<FacetValueResponse> year,
            List<FacetValueResponse> caseNumber, List<FacetValueResponse> documentKind) {
    }

    static SearchResultsResponse of(SearchService.Results results, int page, int size, String sort) {
        Facets facets = results.facets();
        return new SearchResultsResponse(facets.total(), page, size, sort,
                results.hits().stream().map(HitResponse::of).toList(),
                new FacetsResponse(values(facets.committees()), values(facets.years()), values(facets.caseNumbers()),
                        facets.documentKinds().stream().map(v -> new FacetValueResponse(v.value(),
                                "MINUTES".equals(v.value()) ? "Referat" : "Dagsorden", v.count())).toList()));
    }

    private static List<FacetValueResponse> values(List<FacetValue> values) {
        return values.stream().map(v -> new FacetValueResponse(v.value(), v.label(), v.count())).toList();
    }
}
