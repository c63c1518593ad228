package dk.radhus.meetings.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * What the OParl read API shows, read straight from the tables: only published meetings, and of a closed item only its
 * number. A closed item's title, case number and decision are nulled in SQL, so they never reach the Java side; papers,
 * consultations and files come from open items only. Tombstones ({@code oparl_tombstone}, written by triggers) are
 * the objects that were public and are no longer.
 */
@ApplicationScoped
public class OparlRepository {

    /** The OParl list filters; null = no bound. Bounds are inclusive. */
    public record Filter(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil) {
    }

    public record CommitteeRow(String code, String name, String kind, boolean active, Instant created,
            Instant modified) {
    }

    public record PersonRow(UUID id, String name, String partyLetter, Instant created) {
    }

    public record MembershipRow(UUID id, UUID personId, String committeeCode, String role, LocalDate startDate,
            LocalDate endDate, Instant created) {
    }

    /** A published meeting; {@code version} is its public version ({@code V1.6}), moved by every change to its view. */
    public record MeetingRow(UUID id, String committeeCode, String committeeName, LocalDateTime startsAt,
            LocalDateTime endsAt, String location, String state, Instant created, Instant modified, long version) {
    }

    /**
     * An item; for a closed one title, case number, paper and decision are null. Decision and vote (a summary such as
     * "A for 15, O imod 10" or "enstemmigt") only once the minutes are approved.
     */
    public record ItemRow(UUID id, UUID meetingId, String committeeCode, int number, boolean open, String title,
            String caseNumber, String kind, String decisionText, String decisionOutcome, Instant created,
            Instant modified, UUID paperId, String vote) {
    }

    /** An attachment of an open item of a published meeting. */
    public record FileRow(UUID itemId, UUID meetingId, int position, String title, String fileName, String mediaType,
            Long sizeBytes, Instant created, Instant modified, boolean stored, String sha512) {
    }

    /** A case number of open items of published meetings (id from oparl_paper): the first item's title, date, kind. */
    public record PaperRow(UUID id, String caseNumber, String name, LocalDate date, String kind, Instant created,
            Instant modified) {
    }

    public record Tombstone(String key, Instant created, Instant deleted) {
    }

    private static final String PUBLIC_MEETING = "(m.published_at IS NOT NULL OR m.minutes_approved_at IS NOT NULL)";

    private static final String MEETINGS = """
            SELECT m.id, m.committee_code, c.name, m.starts_at, m.ends_at, m.location, m.state, m.created_at,
                   m.public_modified_at, m.public_version
            FROM meeting m JOIN committee c ON c.code = m.committee_code
            WHERE %s""".formatted(PUBLIC_MEETING);

    private static final String ITEMS = """
            SELECT i.id, i.meeting_id, m.committee_code, i.number, i.access = 'OPEN',
                   CASE WHEN i.access = 'OPEN' THEN i.title END,
                   CASE WHEN i.access = 'OPEN' THEN i.case_number END,
                   CASE WHEN i.access = 'OPEN' THEN i.kind END,
                   CASE WHEN i.access = 'OPEN' AND m.state = 'MINUTES_APPROVED' THEN i.decision_text END,
                   CASE WHEN i.access = 'OPEN' AND m.state = 'MINUTES_APPROVED' THEN i.decision_outcome END,
                   CASE WHEN i.access = 'OPEN' THEN i.created_at
                        ELSE coalesce(m.published_at, m.minutes_approved_at) END,
                   m.public_modified_at, op.id,
                   CASE WHEN i.access = 'OPEN' AND m.state = 'MINUTES_APPROVED' THEN
                       (SELECT CASE WHEN v.unanimous THEN 'enstemmigt' ELSE
                                   (SELECT string_agg(l.voter || ' ' || CASE l.choice WHEN 'FOR' THEN 'for'
                                                WHEN 'AGAINST' THEN 'imod' ELSE 'undlod at stemme' END
                                                || ' ' || l.votes, ', ' ORDER BY l.position)
                                    FROM item_vote_line l WHERE l.item_id = v.item_id) END
                        FROM item_vote v WHERE v.item_id = i.id) END
            FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
            LEFT JOIN oparl_paper op ON op.case_number = i.case_number AND i.access = 'OPEN'
            WHERE %s""".formatted(PUBLIC_MEETING);

    private static final String FILES = """
            SELECT a.item_id, i.meeting_id, a.position, a.title, a.file_name, a.media_type, a.size_bytes, i.created_at,
                   m.public_modified_at, a.file_id IS NOT NULL, a.sha512
            FROM item_attachment a JOIN agenda_item i ON i.id = a.item_id JOIN meeting m ON m.id = i.meeting_id
            WHERE i.access = 'OPEN' AND %s""".formatted(PUBLIC_MEETING);

    private static final String PAPERS = """
            SELECT op.id, p.case_number, p.name, p.date, p.kind, p.created, p.modified FROM (
                SELECT i.case_number,
                       (array_agg(i.title ORDER BY m.starts_at, i.number))[1] AS name,
                       min(m.starts_at)::date AS date,
                       (array_agg(i.kind ORDER BY m.starts_at, i.number))[1] AS kind,
                       min(i.created_at) AS created, max(m.public_modified_at) AS modified
                FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                WHERE i.access = 'OPEN' AND i.case_number IS NOT NULL AND %s
                GROUP BY i.case_number) p
            JOIN oparl_paper op ON op.case_number = p.case_number
            WHERE true""".formatted(PUBLIC_MEETING);

    private final EntityManager entityManager;

    public OparlRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<CommitteeRow> committees(Filter filter, int offset, int limit) {
        return rows(committeeQuery(), "c.created_at", "c.updated_at", filter, "c.code", offset, limit,
                OparlRepository::committee);
    }

    public long countCommittees(Filter filter) {
        return count(committeeQuery(), "c.created_at", "c.updated_at", filter);
    }

    public List<CommitteeRow> committee(String code) {
        return rows(committeeQuery() + " AND c.code = :code", Map.of("code", code), OparlRepository::committee);
    }

    public List<PersonRow> persons(Filter filter, int offset, int limit) {
        return rows(personQuery(), "p.created_at", "p.created_at", filter, "p.id", offset, limit,
                OparlRepository::person);
    }

    public long countPersons(Filter filter) {
        return count(personQuery(), "p.created_at", "p.created_at", filter);
    }

    public List<PersonRow> person(UUID id) {
        return rows(personQuery() + " AND p.id = :id", Map.of("id", id), OparlRepository::person);
    }

    public List<MembershipRow> memberships(Filter filter, int offset, int limit) {
        return rows(membershipQuery(), "ms.created_at", "ms.created_at", filter, "ms.id", offset, limit,
                OparlRepository::membership);
    }

    public long countMemberships(Filter filter) {
        return count(membershipQuery(), "ms.created_at", "ms.created_at", filter);
    }

    public List<MembershipRow> membership(UUID id) {
        return rows(membershipQuery() + " AND ms.id = :id", Map.of("id", id), OparlRepository::membership);
    }

    public List<MembershipRow> membershipsOfPersons(List<UUID> persons) {
        return persons.isEmpty() ? List.of() : rows(membershipQuery() + " AND ms.person_id IN (:ids) ORDER BY ms.id",
                Map.of("ids", persons), OparlRepository::membership);
    }

    public List<UUID> membershipIdsOfCommittee(String code) {
        return rows("SELECT ms.id FROM membership ms WHERE ms.committee_code = :code ORDER BY ms.id",
                Map.of("code", code), row -> (UUID) row[0]);
    }

    /** Published meetings, newest first; of one committee if {@code committeeCode} is not null. */
    public List<MeetingRow> meetings(String committeeCode, Filter filter, int offset, int limit) {
        return rows(meetingQuery(committeeCode), "m.created_at", "m.public_modified_at", filter,
                "m.starts_at DESC, m.id DESC", offset, limit, OparlRepository::meeting,
                committeeParameter(committeeCode));
    }

    public long countMeetings(String committeeCode, Filter filter) {
        return count(meetingQuery(committeeCode), "m.created_at", "m.public_modified_at", filter,
                committeeParameter(committeeCode));
    }

    public List<MeetingRow> meeting(UUID id) {
        return rows(MEETINGS + " AND m.id = :id", Map.of("id", id), OparlRepository::meeting);
    }

    public List<MeetingRow> meetingsByIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : rows(MEETINGS + " AND m.id IN (:ids)", Map.of("ids", ids),
                OparlRepository::meeting);
    }

    /** Published meetings with a location (an OParl Location each). */
    public List<MeetingRow> locatedMeetings(Filter filter, int offset, int limit) {
        return rows(MEETINGS + " AND m.location IS NOT NULL", "m.created_at", "m.public_modified_at", filter,
                "m.id", offset, limit, OparlRepository::meeting);
    }

    public long countLocatedMeetings(Filter filter) {
        return count(MEETINGS + " AND m.location IS NOT NULL", "m.created_at", "m.public_modified_at", filter);
    }

    /** The persons present at each meeting, by meeting. */
    public Map<UUID, List<UUID>> participants(List<UUID> meetings) {
        Map<UUID, List<UUID>> participants = new HashMap<>();
        if (!meetings.isEmpty()) {
            rows("""
                    SELECT a.meeting_id, a.person_id FROM attendance a
                    WHERE a.meeting_id IN (:ids) AND a.person_id IS NOT NULL AND a.status = 'PRESENT'
                    ORDER BY a.meeting_id, a.position""", Map.of("ids", meetings), row -> row)
                    .forEach(row -> participants.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                            .add((UUID) row[1]));
        }
        return participants;
    }

    /** Items of published meetings; {@code openWithCase} keeps only open items with a case number (consultations). */
    public List<ItemRow> items(boolean openWithCase, Filter filter, int offset, int limit) {
        return rows(itemQuery(openWithCase), itemCreated(), "m.public_modified_at", filter, "i.id", offset, limit,
                OparlRepository::item);
    }

    public long countItems(boolean openWithCase, Filter filter) {
        return count(itemQuery(openWithCase), itemCreated(), "m.public_modified_at", filter);
    }

    public List<ItemRow> item(UUID id) {
        return rows(ITEMS + " AND i.id = :id", Map.of("id", id), OparlRepository::item);
    }

    public List<ItemRow> itemsOfMeetings(List<UUID> meetings) {
        return meetings.isEmpty() ? List.of() : rows(ITEMS + " AND i.meeting_id IN (:ids) ORDER BY i.number",
                Map.of("ids", meetings), OparlRepository::item);
    }

    public List<ItemRow> itemsOfCases(List<String> caseNumbers) {
        return caseNumbers.isEmpty() ? List.of() : rows(ITEMS + " AND i.access = 'OPEN' AND i.case_number IN (:cases)"
                + " ORDER BY m.starts_at, i.number", Map.of("cases", caseNumbers), OparlRepository::item);
    }

    public List<FileRow> files(Filter filter, int offset, int limit) {
        return rows(FILES, "i.created_at", "m.public_modified_at", filter, "a.item_id, a.position", offset, limit,
                OparlRepository::file);
    }

    public long countFiles(Filter filter) {
        return count(FILES, "i.created_at", "m.public_modified_at", filter);
    }

    public List<FileRow> file(UUID itemId, int position) {
        return rows(FILES + " AND a.item_id = :id AND a.position = :position",
                Map.of("id", itemId, "position", position), OparlRepository::file);
    }

    /** The files of the open items of the meetings: one query by meeting, not a bind parameter per item. */
    public List<FileRow> filesOfMeetings(List<UUID> meetings) {
        return meetings.isEmpty() ? List.of()
                : rows(FILES + " AND i.meeting_id IN (:ids) ORDER BY a.item_id, a.position", Map.of("ids", meetings),
                        OparlRepository::file);
    }

    public List<FileRow> filesOfItems(List<UUID> items) {
        return items.isEmpty() ? List.of() : rows(FILES + " AND a.item_id IN (:ids) ORDER BY a.item_id, a.position",
                Map.of("ids", items), OparlRepository::file);
    }

    public List<PaperRow> papers(Filter filter, int offset, int limit) {
        return rows(PAPERS, "p.created", "p.modified", filter, "p.case_number", offset, limit,
                OparlRepository::paper);
    }

    public long countPapers(Filter filter) {
        return count(PAPERS, "p.created", "p.modified", filter);
    }

    public List<PaperRow> paper(UUID id) {
        return rows(PAPERS + " AND op.id = :id", Map.of("id", id), OparlRepository::paper);
    }

    /** Tombstones of one object type, oldest deletion first; {@code modified} bounds apply to the deletion time. */
    public List<Tombstone> tombstones(String type, Filter filter, int offset, int limit) {
        return rows(tombstoneQuery(), "t.created_at", "t.deleted_at", filter, "t.deleted_at, t.object_key", offset,
                limit, OparlRepository::tombstone, Map.of("type", type));
    }

    public long countTombstones(String type, Filter filter) {
        return count(tombstoneQuery(), "t.created_at", "t.deleted_at", filter, Map.of("type", type));
    }

    public List<Tombstone> tombstone(String type, String key) {
        return rows(tombstoneQuery() + " AND t.object_key = :key", Map.of("type", type, "key", key),
                OparlRepository::tombstone);
    }

    private static String committeeQuery() {
        return "SELECT c.code, c.name, c.kind, c.active, c.created_at, c.updated_at FROM committee c WHERE true";
    }

    private static String personQuery() {
        return "SELECT p.id, p.name, p.party_letter, p.created_at FROM person p WHERE true";
    }

    private static String membershipQuery() {
        return "SELECT ms.id, ms.person_id, ms.committee_code, ms.role, ms.start_date, ms.end_date, ms.created_at"
                + " FROM membership ms WHERE true";
    }

    private static String meetingQuery(String committeeCode) {
        return committeeCode == null ? MEETINGS : MEETINGS + " AND m.committee_code = :committee";
    }

    private static Map<String, Object> committeeParameter(String committeeCode) {
        return committeeCode == null ? Map.of() : Map.of("committee", committeeCode);
    }

    private static String itemQuery(boolean openWithCase) {
        return openWithCase ? ITEMS + " AND i.access = 'OPEN' AND i.case_number IS NOT NULL" : ITEMS;
    }

    private static String itemCreated() {
        return "CASE WHEN i.access = 'OPEN' THEN i.created_at ELSE coalesce(m.published_at, m.minutes_approved_at) END";
    }

    private static String tombstoneQuery() {
        return "SELECT t.object_key, t.created_at, t.deleted_at FROM oparl_tombstone t WHERE t.object_type = :type";
    }

    private <T> List<T> rows(String base, String created, String modified, Filter filter, String order, int offset,
            int limit, Function<Object[], T> mapper) {
        return rows(base, created, modified, filter, order, offset, limit, mapper, Map.of());
    }

    private <T> List<T> rows(String base, String created, String modified, Filter filter, String order, int offset,
            int limit, Function<Object[], T> mapper, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        String sql = base + where(created, modified, filter, all) + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset";
        all.put("limit", limit);
        all.put("offset", offset);
        return rows(sql, all, mapper);
    }

    private long count(String base, String created, String modified, Filter filter) {
        return count(base, created, modified, filter, Map.of());
    }

    private long count(String base, String created, String modified, Filter filter, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        String sql = "SELECT count(*) FROM (" + base + where(created, modified, filter, all) + ") AS listed";
        return ((Number) query(sql, all).getSingleResult()).longValue();
    }

    private static String where(String created, String modified, Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        bound(where, parameters, created + " >= :createdSince", "createdSince", filter.createdSince());
        bound(where, parameters, created + " <= :createdUntil", "createdUntil", filter.createdUntil());
        bound(where, parameters, modified + " >= :modifiedSince", "modifiedSince", filter.modifiedSince());
        bound(where, parameters, modified + " <= :modifiedUntil", "modifiedUntil", filter.modifiedUntil());
        return where.toString();
    }

    private static void bound(StringBuilder where, Map<String, Object> parameters, String condition, String name,
            Instant value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.put(name, Timestamp.from(value));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, Map<String, Object> parameters, Function<Object[], T> mapper) {
        List<Object> rows = query(sql, parameters).getResultList();
        return rows.stream().map(row -> mapper.apply(row instanceof Object[] columns ? columns : new Object[] {row}))
                .toList();
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static CommitteeRow committee(Object[] row) {
        return new CommitteeRow((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3], instant(row[4]),
                instant(row[5]));
    }

    private static PersonRow person(Object[] row) {
        return new PersonRow((UUID) row[0], (String) row[1], (String) row[2], instant(row[3]));
    }

    private static MembershipRow membership(Object[] row) {
        return new MembershipRow((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], date(row[4]),
                date(row[5]), instant(row[6]));
    }

    private static MeetingRow meeting(Object[] row) {
        return new MeetingRow((UUID) row[0], (String) row[1], (String) row[2], dateTime(row[3]), dateTime(row[4]),
                (String) row[5], (String) row[6], instant(row[7]), instant(row[8]), ((Number) row[9]).longValue());
    }

    private static ItemRow item(Object[] row) {
        return new ItemRow((UUID) row[0], (UUID) row[1], (String) row[2], ((Number) row[3]).intValue(),
                (Boolean) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9],
                instant(row[10]), instant(row[11]), (UUID) row[12], (String) row[13]);
    }

    private static FileRow file(Object[] row) {
        return new FileRow((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), (String) row[3],
                (String) row[4], (String) row[5], row[6] == null ? null : ((Number) row[6]).longValue(),
                instant(row[7]), instant(row[8]), (Boolean) row[9], (String) row[10]);
    }

    private static PaperRow paper(Object[] row) {
        return new PaperRow((UUID) row[0], (String) row[1], (String) row[2], date(row[3]), (String) row[4],
                instant(row[5]), instant(row[6]));
    }

    private static Tombstone tombstone(Object[] row) {
        return new Tombstone((String) row[0], instant(row[1]), instant(row[2]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime dateTime(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
