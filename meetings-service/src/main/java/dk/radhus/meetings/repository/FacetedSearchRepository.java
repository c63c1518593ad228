package dk.radhus.meetings.repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dk.radhus.meetings.config.SearchConfig;

/**
 * Full-text search with a total, facets and pages. Every match is counted (facets and total come from one
 * {@code GROUPING SETS} pass over the matches); the public's matches are open items of published meetings only, so a
 * closed item's case number is never a facet value. Relevance ranks the newest {@link SearchConfig#rankedCandidates()}
 * matches, as the plain search does, and lists the older ones after them, newest first; date order is newest first.
 */
@ApplicationScoped
public class FacetedSearchRepository {

    /** What the search is for. {@code documentKind} is AGENDA (minutes not approved yet) or MINUTES. */
    public record Criteria(String query, String committeeCode, Integer year, String caseNumber, String documentKind,
            boolean privileged) {
    }

    public enum Order {
        RELEVANCE,
        DATE
    }

    /** One hit of a page. */
    public record Hit(UUID itemId, UUID meetingId, String committeeCode, LocalDateTime startsAt, int number,
            String title, String caseNumber, String access, String documentKind, double rank, String highlight) {
    }

    /** One facet value with its label (a committee's name) and the number of matches. */
    public record FacetValue(String value, String label, long count) {
    }

    /** The total and the four facets, each value by count, most first. */
    public record Facets(long total, List<FacetValue> committees, List<FacetValue> years,
            List<FacetValue> caseNumbers, List<FacetValue> documentKinds) {
    }

    private static final String MATCHES = """
            SELECT i.id, i.meeting_id, m.committee_code, m.starts_at, i.number, i.title, i.case_number, i.access,
                   CASE WHEN m.state = 'MINUTES_APPROVED' THEN 'MINUTES' ELSE 'AGENDA' END AS document_kind,
                   i.search_vector, i.search_text, q.query, m.id AS mid
            FROM agenda_item i
            JOIN meeting m ON m.id = i.meeting_id
            CROSS JOIN websearch_to_tsquery('danish', :text) AS q(query)
            WHERE i.search_vector @@ q.query""";

    private final EntityManager entityManager;
    private final int rankedCandidates;

    public FacetedSearchRepository(EntityManager entityManager, SearchConfig config) {
        this.entityManager = entityManager;
        this.rankedCandidates = config.rankedCandidates();
    }

    public Facets facets(Criteria criteria, int caseNumberValues) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = """
                WITH matched AS (%s)
                SELECT 'committee', matched.committee_code, min(c.name), count(*) FROM matched
                    JOIN committee c ON c.code = matched.committee_code GROUP BY matched.committee_code
                UNION ALL
                SELECT 'year', extract(year FROM matched.starts_at)::int::text, NULL, count(*) FROM matched
                    GROUP BY extract(year FROM matched.starts_at)::int
                UNION ALL
                SELECT 'caseNumber', matched.case_number, NULL, count(*) FROM matched
                    WHERE matched.case_number IS NOT NULL GROUP BY matched.case_number
                UNION ALL
                SELECT 'documentKind', matched.document_kind, NULL, count(*) FROM matched
                    GROUP BY matched.document_kind
                UNION ALL
                SELECT 'total', NULL, NULL, count(*) FROM matched
                """.formatted(MATCHES + where(criteria, parameters));
        List<Object[]> rows = rows(sql, criteria, parameters);
        long total = 0;
        Map<String, List<FacetValue>> facets = new HashMap<>();
        for (Object[] row : rows) {
            String facet = (String) row[0];
            long count = ((Number) row[3]).longValue();
            if (facet.equals("total")) {
                total = count;
            } else {
                String value = (String) row[1];
                facets.computeIfAbsent(facet, f -> new ArrayList<>())
                        .add(new FacetValue(value, row[2] == null ? value : (String) row[2], count));
            }
        }
        return new Facets(total, sorted(facets.get("committee"), Integer.MAX_VALUE),
                sorted(facets.get("year"), Integer.MAX_VALUE), sorted(facets.get("caseNumber"), caseNumberValues),
                sorted(facets.get("documentKind"), Integer.MAX_VALUE));
    }

    /**
     * One page of the matches in the given order. Like {@link #facets}, runs with a plan made for its actual words (see
     * {@link ItemSearchRepository}), so it needs the caller's transaction.
     */
    public List<Hit> page(Criteria criteria, Order order, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String ordering = order == Order.DATE ? "hit.starts_at DESC, hit.mid DESC, hit.number"
                : "CASE WHEN hit.recency <= :candidates THEN 0 ELSE 1 END, "
                        + "CASE WHEN hit.recency <= :candidates THEN hit.rank END DESC, "
                        + "hit.starts_at DESC, hit.mid DESC, hit.number";
        String sql = """
                SELECT hit.id, hit.meeting_id, hit.committee_code, hit.starts_at, hit.number, hit.title,
                       hit.case_number, hit.access, hit.document_kind, hit.rank,
                       ts_headline('danish', hit.title || E'\\n' || hit.search_text, hit.query,
                                   'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10')
                FROM (SELECT matched.*, ts_rank_cd(matched.search_vector, matched.query) AS rank,
                             row_number() OVER (ORDER BY matched.starts_at DESC, matched.mid DESC, matched.number)
                                 AS recency
                      FROM (%s) AS matched) AS hit
                ORDER BY %s
                LIMIT :limit OFFSET :offset""".formatted(MATCHES + where(criteria, parameters), ordering);
        if (order == Order.RELEVANCE) {
            parameters.put("candidates", rankedCandidates);
        }
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return rows(sql, criteria, parameters).stream().map(FacetedSearchRepository::hit).toList();
    }

    private static String where(Criteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (!criteria.privileged()) {
            where.append(" AND i.access = 'OPEN' AND (m.published_at IS NOT NULL OR m.minutes_approved_at IS NOT NULL)");
        }
        if (criteria.committeeCode() != null) {
            where.append(" AND m.committee_code = :committee");
            parameters.put("committee", criteria.committeeCode());
        }
        if (criteria.year() != null) {
            where.append(" AND m.starts_at >= :yearStart AND m.starts_at < :yearEnd");
            parameters.put("yearStart", LocalDateTime.of(criteria.year(), 1, 1, 0, 0));
            parameters.put("yearEnd", LocalDateTime.of(criteria.year() + 1, 1, 1, 0, 0));
        }
        if (criteria.caseNumber() != null) {
            where.append(" AND i.case_number = :caseNumber");
            parameters.put("caseNumber", criteria.caseNumber());
        }
        if (criteria.documentKind() != null) {
            where.append(criteria.documentKind().equals("MINUTES") ? " AND m.state = 'MINUTES_APPROVED'"
                    : " AND m.state <> 'MINUTES_APPROVED'");
        }
        return where.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Criteria criteria, Map<String, Object> parameters) {
        entityManager.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        Query query = entityManager.createNativeQuery(sql).setParameter("text", criteria.query());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<FacetValue> sorted(List<FacetValue> values, int limit) {
        if (values == null) {
            return List.of();
        }
        return values.stream().sorted((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value())).limit(limit).toList();
    }

    private static Hit hit(Object[] row) {
        return new Hit((UUID) row[0], (UUID) row[1], (String) row[2], localDateTime(row[3]),
                ((Number) row[4]).intValue(), (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                ((Number) row[9]).doubleValue(), (String) row[10]);
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
