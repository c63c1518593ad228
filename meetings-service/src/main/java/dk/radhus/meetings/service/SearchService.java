package dk.radhus.meetings.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.repository.FacetedSearchRepository;
import dk.radhus.meetings.repository.FacetedSearchRepository.Criteria;
import dk.radhus.meetings.repository.FacetedSearchRepository.Facets;
import dk.radhus.meetings.repository.FacetedSearchRepository.Hit;
import dk.radhus.meetings.repository.FacetedSearchRepository.Order;
import dk.radhus.meetings.repository.Snapshots;

/**
 * Search with a total, facets and pages, and the case page: every meeting where a case number was on the agenda. The
 * public sees open items of published meetings only; staff (privileged) see all.
 */
@ApplicationScoped
public class SearchService {

    /** How many case numbers the case-number facet lists (the most frequent). */
    static final int CASE_NUMBER_FACET_SIZE = 20;

    /** A page of results with the total and facets over all matches, read in one snapshot. */
    public record Results(Facets facets, List<Hit> hits) {
    }

    /** One meeting where the case was on the agenda, with its items of the case. */
    public record Treatment(Meeting meeting, String committeeName, List<AgendaItem> items) {
    }

    private final FacetedSearchRepository search;
    private final Snapshots snapshots;

    public SearchService(FacetedSearchRepository search, Snapshots snapshots) {
        this.search = search;
        this.snapshots = snapshots;
    }

    public Results search(Criteria criteria, Order order, int page, int size) {
        return snapshots.read(() -> new Results(search.facets(criteria, CASE_NUMBER_FACET_SIZE),
                search.page(criteria, order, (page - 1) * size, size)));
    }

    /** The meetings (oldest first) where the case number was on the agenda; empty if none the caller may see. */
    public List<Treatment> casePage(String caseNumber, boolean privileged) {
        return snapshots.read(() -> {
            Map<UUID, List<AgendaItem>> items = AgendaItem.listWithCaseNumber(caseNumber, !privileged).stream()
                    .collect(Collectors.groupingBy(item -> item.meetingId));
            if (items.isEmpty()) {
                return List.of();
            }
            Map<String, String> names = Committee.<Committee>listAll().stream()
                    .collect(Collectors.toMap(c -> c.code, c -> c.name));
            return Meeting.<Meeting>list("id in ?1", items.keySet()).stream()
                    .filter(meeting -> privileged || meeting.publiclyVisible())
                    .sorted(Comparator.comparing((Meeting m) -> m.startsAt).thenComparing(m -> m.id))
                    .map(meeting -> new Treatment(meeting, names.getOrDefault(meeting.committeeCode,
                            meeting.committeeCode), items.get(meeting.id).stream()
                            .sorted(Comparator.comparingInt(item -> item.number)).toList()))
                    .toList();
        });
    }
}
