package dk.radhus.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Locking;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

/** A meeting (møde) of a committee, with its attendance; its agenda items are {@link AgendaItem}s. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "committee_code", nullable = false)
    public String committeeCode;

    /** Local Danish time. */
    @Column(name = "starts_at", nullable = false)
    public LocalDateTime startsAt;

    @Column(name = "ends_at")
    public LocalDateTime endsAt;

    public String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingState state;

    /** Set when the agenda is published; from then on (or once minutes are approved) the public sees the meeting. */
    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "minutes_approved_at")
    public Instant minutesApprovedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Attendance> attendance = new ArrayList<>();

    public boolean publiclyVisible() {
        return publishedAt != null || minutesApprovedAt != null;
    }

    /** Meetings by start, optionally of one committee, within [from, to), and only published ones if asked. */
    public static List<Meeting> listFiltered(String committeeCode, LocalDateTime from, LocalDateTime to,
            boolean publishedOnly) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (committeeCode != null) {
            query.append(" and committeeCode = :committee");
            parameters.and("committee", committeeCode);
        }
        if (from != null) {
            query.append(" and startsAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and startsAt < :to");
            parameters.and("to", to);
        }
        if (publishedOnly) {
            query.append(" and (publishedAt is not null or minutesApprovedAt is not null)");
        }
        return list(query + " order by startsAt desc, id", parameters);
    }

    /** Whether drafted items may land on the meeting: planned and starting after {@code now}. */
    public boolean plannedAfter(LocalDateTime now) {
        return state == MeetingState.PLANNED && startsAt.isAfter(now);
    }

    /** The earliest planned meeting of any of the committees that starts after {@code now}, locked. */
    public static Optional<Meeting> nextPlanned(List<String> committeeCodes, LocalDateTime now) {
        if (committeeCodes.isEmpty()) {
            return Optional.empty();
        }
        return locked(find("committeeCode in ?1 and state = ?2 and startsAt > ?3 order by startsAt, id",
                committeeCodes, MeetingState.PLANNED, now)).firstResultOptional();
    }

    /**
     * The meeting, locked for this transaction, so that item numbers and state changes do not race. It must be the
     * transaction's first read of the meeting: a meeting already loaded keeps the state it was loaded with.
     */
    public static Optional<Meeting> findForUpdate(UUID id) {
        return locked(find("id = ?1", id)).firstResultOptional();
    }

    /** The meeting's committee, read without loading the meeting (so that it can be locked before the meeting). */
    public static Optional<String> committeeCodeOf(UUID id) {
        return getEntityManager().createQuery("select committeeCode from Meeting where id = ?1", String.class)
                .setParameter(1, id).getResultStream().findFirst();
    }

    /**
     * Locks what the query finds with {@code SELECT … FOR UPDATE} on the meeting rows themselves. Locking through
     * {@code find}/{@code refresh} with a lock mode is not used for meetings: loading a meeting by id joins its
     * attendance, PostgreSQL cannot lock the outer-joined side, and Hibernate 7.2 then falls back to follow-on
     * locking, whose collector of loaded rows belongs to the load plan shared by all sessions, so concurrent lockers
     * fail with a NullPointerException. A query loads the attendance by a second select; follow-on locking is
     * disallowed so that a join added to it later fails at once instead of under load.
     */
    private static PanacheQuery<Meeting> locked(PanacheQuery<Meeting> query) {
        return query.withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(HibernateHints.HINT_FOLLOW_ON_STRATEGY, Locking.FollowOn.DISALLOW);
    }

    /** Meetings whose agenda or minutes were published, newest publication first (for feeds). */
    public static List<Meeting> listRecentlyPublished(int limit) {
        return find("publishedAt is not null or minutesApprovedAt is not null"
                + " order by coalesce(minutesApprovedAt, publishedAt) desc, id")
                .page(0, limit).list();
    }

    /** One committee's published meetings, newest publication first. */
    public static List<Meeting> listRecentlyPublished(String committeeCode, int limit) {
        return find("committeeCode = ?1 and (publishedAt is not null or minutesApprovedAt is not null)"
                + " order by coalesce(minutesApprovedAt, publishedAt) desc, id", committeeCode)
                .page(0, limit).list();
    }

    /**
     * Published meetings with an open item of the case number, newest publication first. Closed items do not count, so
     * that a closed item's case number finds nothing.
     */
    public static List<Meeting> listRecentlyPublishedWithCase(String caseNumber, int limit) {
        return find("(publishedAt is not null or minutesApprovedAt is not null) and id in (select i.meetingId from"
                + " AgendaItem i where i.caseNumber = ?1 and i.access = ?2)"
                + " order by coalesce(minutesApprovedAt, publishedAt) desc, id", caseNumber, ItemAccess.OPEN)
                .page(0, limit).list();
    }
}
