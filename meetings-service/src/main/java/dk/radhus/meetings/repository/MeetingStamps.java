package dk.radhus.meetings.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A fingerprint of everything a meeting's public view is made of: the meeting row, its attendance, its items and their
 * sections, attachments, references and amendments. Per table it takes the number of rows and the sum of their
 * {@code xmin} (the id of the transaction that wrote each row version): any insert, update or delete, by whichever
 * code path or replica, changes the count or adds a newer transaction id, so an equal stamp means unchanged data.
 */
@ApplicationScoped
public class MeetingStamps {

    /** The stamp of a meeting, and whether the public may see it at all. */
    public record Stamp(String value, boolean publiclyVisible) {
    }

    private static final String QUERY = """
            SELECT m.published_at IS NOT NULL OR m.minutes_approved_at IS NOT NULL,
                   concat_ws('/', m.xmin,
                       (SELECT count(*) || ':' || coalesce(sum(a.xmin::text::bigint), 0)
                          FROM attendance a WHERE a.meeting_id = m.id),
                       (SELECT count(*) || ':' || coalesce(sum(i.xmin::text::bigint), 0)
                          FROM agenda_item i WHERE i.meeting_id = m.id),
                       (SELECT count(*) || ':' || coalesce(sum(s.xmin::text::bigint), 0)
                          FROM agenda_item i JOIN item_section s ON s.item_id = i.id WHERE i.meeting_id = m.id),
                       (SELECT count(*) || ':' || coalesce(sum(t.xmin::text::bigint), 0)
                          FROM agenda_item i JOIN item_attachment t ON t.item_id = i.id WHERE i.meeting_id = m.id),
                       (SELECT count(*) || ':' || coalesce(sum(r.xmin::text::bigint), 0)
                          FROM agenda_item i JOIN item_reference r ON r.item_id = i.id WHERE i.meeting_id = m.id),
                       (SELECT count(*) || ':' || coalesce(sum(d.xmin::text::bigint), 0)
                          FROM agenda_item i JOIN item_amendment d ON d.item_id = i.id WHERE i.meeting_id = m.id))
            FROM meeting m
            WHERE m.id = ?
            """;

    private final DataSource dataSource;

    public MeetingStamps(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The meeting's current stamp; empty if there is no such meeting. */
    public Optional<Stamp> of(UUID meetingId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setObject(1, meetingId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Stamp(row.getString(2), row.getBoolean(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stamp of meeting " + meetingId, e);
        }
    }
}
