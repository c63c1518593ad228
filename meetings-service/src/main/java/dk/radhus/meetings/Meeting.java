package dk.radhus.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    /** Meetings whose agenda or minutes were published, newest publication first (for feeds). */
    public static List<Meeting> listRecentlyPublished(int limit) {
        return find("publishedAt is not null or minutesApprovedAt is not null"
                + " order by coalesce(minutesApprovedAt, publishedAt) desc, id")
                .page(0, limit).list();
    }
}
