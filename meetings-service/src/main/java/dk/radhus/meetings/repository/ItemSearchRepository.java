package dk.radhus.meetings.repository;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.config.SearchConfig;

/**
 * Danish full-text search over agenda items (PostgreSQL {@code danish} configuration, title weighted above sections
 * and approved decisions), ranked, with highlighted fragments. The public sees only open items of published meetings.
 * Only the newest {@link SearchConfig#rankedCandidates()} matches are ranked: they are found newest meeting first
 * (index {@code meeting_starts_at}), so a common word costs as little as a rare one.
 */
@ApplicationScoped
public class ItemSearchRepository {

    /** The filters of a search. */
    public record Criteria(String query, String committeeCode, LocalDateTime from, LocalDateTime to, String caseNumber,
            boolean privileged, int limit) {
    }

    /** One hit. */
    public record Hit(UUID itemId, UUID meetingId, String committeeCode, LocalDateTime startsAt, int number,
            String title, String caseNumber, String access, double rank, String highlight) {
    }

    private final EntityManager entityManager;
    private final int rankedCandidates;

    public ItemSearchRepository(EntityManager entityManager, SearchConfig config) {
        this.entityManager = entityManager;
        this.rankedCandidates = config.rankedCandidates();
    }

    /**
     * Runs in a transaction of its own so that the query can be planned for its actual words and filters every time
     * ({@code plan_cache_mode}): a plan cached for one query (a rare word: rank every match) would be far off for
     * another (a common one: walk the newest meetings).
     */
    @Transactional
    public List<Hit> search(Criteria criteria) {
        entityManager.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        StringBuilder where = new StringBuilder("i.search_vector @@ q.query");
        if (!criteria.privileged()) {
            where.append(" AND i.access = 'OPEN'"
                    + " AND (m.published_at IS NOT NULL OR m.minutes_approved_at IS NOT NULL)");
        }
        if (criteria.committeeCode() != null) {
            where.append(" AND m.committee_code = :committee");
        }
        if (criteria.from() != null) {
            where.append(" AND m.starts_at >= :from");
        }
        if (criteria.to() != null) {
            where.append(" AND m.starts_at < :to");
        }
        if (criteria.caseNumber() != null) {
            where.append(" AND i.case_number = :caseNumber");
        }
        Query query = entityManager.createNativeQuery("""
                SELECT hit.id, hit.meeting_id, hit.committee_code, hit.starts_at, hit.number, hit.title, hit.case_number,
                       hit.access, hit.rank,
                       ts_headline('danish', hit.title || E'\\n' || hit.search_text, hit.query,
                                   'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10')
                FROM (SELECT candidate.*, ts_rank_cd(candidate.search_vector, candidate.query) AS rank
                      FROM (SELECT i.id, i.meeting_id, m.committee_code, m.starts_at, i.number, i.title,
                                   i.case_number, i.access, i.search_text, i.search_vector, q.query
                            FROM agenda_item i
                            JOIN meeting m ON m.id = i.meeting_id
                            CROSS JOIN websearch_to_tsquery('danish', :text) AS q(query)
                            WHERE %s
                            ORDER BY m.starts_at DESC, m.id DESC, i.number
                            LIMIT :candidates) AS candidate
                      ORDER BY rank DESC, candidate.starts_at DESC, candidate.number
                      LIMIT :limit) AS hit
                ORDER BY hit.rank DESC, hit.starts_at DESC, hit.number
                """.formatted(where))
                .setParameter("text", criteria.query())
                .setParameter("candidates", Math.max(rankedCandidates, criteria.limit()))
                .setParameter("limit", criteria.limit());
        if (criteria.committeeCode() != null) {
            query.setParameter("committee", criteria.committeeCode());
        }
        if (criteria.from() != null) {
            query.setParameter("from", criteria.from());
        }
        if (criteria.to() != null) {
            query.setParameter("to", criteria.to());
        }
        if (criteria.caseNumber() != null) {
            query.setParameter("caseNumber", criteria.caseNumber());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ItemSearchRepository::hit).toList();
    }

    private static Hit hit(Object[] row) {
        return new Hit((UUID) row[0], (UUID) row[1], (String) row[2], localDateTime(row[3]),
                ((Number) row[4]).intValue(), (String) row[5], (String) row[6], (String) row[7],
                ((Number) row[8]).doubleValue(), (String) row[9]);
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
