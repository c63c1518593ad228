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
 * The version of a meeting's public view ({@code meeting.public_version}): the triggers of
 * {@code V1.6__meeting_public_version.sql} move it on in the same transaction as every change to the meeting row, its
 * attendance, its items and their sections, attachments, references and amendments, by whichever code path or
 * replica. Two reads that see the same version see the same public view.
 */
@ApplicationScoped
public class PublicVersions {

    /** A meeting's version, and whether the public may see the meeting at all. */
    public record Version(boolean publiclyVisible, long value) {
    }

    private static final String QUERY = """
            SELECT published_at IS NOT NULL OR minutes_approved_at IS NOT NULL, public_version
            FROM meeting
            WHERE id = ?
            """;

    private final DataSource dataSource;

    public PublicVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The latest committed version, by one primary-key lookup on a connection outside any transaction. */
    public Optional<Version> current(UUID meetingId) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, meetingId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the public version of meeting " + meetingId, e);
        }
    }

    /** The version as the connection's current transaction sees it; empty if there is no such meeting. */
    public static Optional<Version> read(Connection connection, UUID meetingId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setObject(1, meetingId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Version(row.getBoolean(1), row.getLong(2))) : Optional.empty();
            }
        }
    }
}
