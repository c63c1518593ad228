package dk.radhus.meetings.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The version of a meeting's public view ({@code meeting.public_version}): the triggers of
 * {@code V1.6__meeting_public_version.sql} move it on in the same transaction as every change to the meeting row, its
 * attendance, its items and their sections, attachments, references and amendments, by whichever code path or
 * replica. Two reads that see the same version see the same public view.
 *
 * <p>{@link #current} answers every caller with a primary-key lookup that started after the caller asked, so no caller
 * learns an older version than the one committed when it asked. Callers asking for the same meeting while a lookup
 * of it is running share the next one: it starts as soon as the running one ends, and all of them wait for it. Under
 * load a popular meeting so costs one query at a time instead of one per reader, without any reader being answered
 * from before it asked.
 */
@ApplicationScoped
public class PublicVersions {

    /** A meeting's version, and whether the public may see the meeting at all. */
    public record Version(boolean publiclyVisible, long value) {
    }

    /** One lookup: whoever created it runs it once {@code start} completes; every caller that joined waits for it. */
    private static final class Lookup {
        final CompletableFuture<Void> start = new CompletableFuture<>();
        final CompletableFuture<Optional<Version>> result = new CompletableFuture<>();
    }

    /** The lookups of one meeting: the running one and the one waiting for it to end (which callers may still join). */
    private static final class Lookups {
        Lookup running;
        Lookup next;
    }

    private static final String QUERY = """
            SELECT published_at IS NOT NULL OR minutes_approved_at IS NOT NULL, public_version
            FROM meeting
            WHERE id = ?
            """;

    private final DataSource dataSource;
    private final ConcurrentHashMap<UUID, Lookups> lookups = new ConcurrentHashMap<>();

    public PublicVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The version committed now (or later): empty if there is no such meeting. */
    public Optional<Version> current(UUID meetingId) {
        Lookups meeting = lookups.computeIfAbsent(meetingId, id -> new Lookups());
        Lookup lookup;
        boolean toRun;
        synchronized (meeting) {
            if (meeting.running == null) {
                lookup = new Lookup();
                meeting.running = lookup;
                lookup.start.complete(null);
                toRun = true;
            } else if (meeting.next == null) {
                lookup = new Lookup();
                meeting.next = lookup;
                toRun = true;
            } else {
                lookup = meeting.next;
                toRun = false;
            }
        }
        if (toRun) {
            lookup.start.join();
            run(meetingId, meeting, lookup);
        }
        try {
            return lookup.result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Runs the lookup, then lets the next one start (or forgets the meeting when nobody waits). */
    private void run(UUID meetingId, Lookups meeting, Lookup lookup) {
        try {
            lookup.result.complete(read(meetingId));
        } catch (Throwable e) {
            lookup.result.completeExceptionally(e);
        } finally {
            synchronized (meeting) {
                meeting.running = meeting.next;
                meeting.next = null;
                if (meeting.running != null) {
                    meeting.running.start.complete(null);
                } else {
                    lookups.remove(meetingId, meeting);
                }
            }
        }
    }

    private Optional<Version> read(UUID meetingId) {
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
