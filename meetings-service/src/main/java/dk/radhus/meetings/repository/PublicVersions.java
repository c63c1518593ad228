package dk.radhus.meetings.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Vertx;

/**
 * The version of a meeting's public view ({@code meeting.public_version}): the triggers of
 * {@code V1.6__meeting_public_version.sql} move it on in the same transaction as every change to the meeting row, its
 * attendance, its items and their sections, attachments, references and amendments, by whichever code path or
 * replica. Two reads that see the same version see the same public view.
 *
 * <p>{@link #current} answers every caller with a primary-key lookup that started after the caller asked, so no caller
 * learns an older version than the one committed when it asked. Callers asking for the same meeting while a lookup
 * of it is running share the next one: it starts as soon as the running one ends, and all of them get its result.
 * Under load a popular meeting so costs one query at a time instead of one per reader, without any reader being
 * answered from before it asked. Lookups run on a worker thread; callers do not wait for them on theirs.
 */
@ApplicationScoped
public class PublicVersions {

    /** A meeting's version, and whether the public may see the meeting at all. */
    public record Version(boolean publiclyVisible, long value) {
    }

    /** The lookups of one meeting: the running one and the one to start when it ends (which callers may still join). */
    private static final class Lookups {
        CompletableFuture<Optional<Version>> running;
        CompletableFuture<Optional<Version>> next;
    }

    private static final String QUERY = """
            SELECT published_at IS NOT NULL OR minutes_approved_at IS NOT NULL, public_version
            FROM meeting
            WHERE id = ?
            """;

    private final DataSource dataSource;
    private final Vertx vertx;
    private final ConcurrentHashMap<UUID, Lookups> lookups = new ConcurrentHashMap<>();

    public PublicVersions(DataSource dataSource, Vertx vertx) {
        this.dataSource = dataSource;
        this.vertx = vertx;
    }

    /** The version committed now (or later): empty if there is no such meeting. */
    public CompletionStage<Optional<Version>> current(UUID meetingId) {
        Lookups meeting = lookups.computeIfAbsent(meetingId, id -> new Lookups());
        CompletableFuture<Optional<Version>> lookup;
        boolean start = false;
        synchronized (meeting) {
            if (meeting.running == null) {
                lookup = new CompletableFuture<>();
                meeting.running = lookup;
                start = true;
            } else {
                if (meeting.next == null) {
                    meeting.next = new CompletableFuture<>();
                }
                lookup = meeting.next;
            }
        }
        if (start) {
            run(meetingId, meeting, lookup);
        }
        return lookup.minimalCompletionStage();
    }

    /** Runs the lookup on a worker thread; when it ends, starts the next one (or forgets the meeting), then answers. */
    private void run(UUID meetingId, Lookups meeting, CompletableFuture<Optional<Version>> lookup) {
        vertx.executeBlocking(() -> read(meetingId), false).onComplete(done -> {
            CompletableFuture<Optional<Version>> next;
            synchronized (meeting) {
                next = meeting.next;
                meeting.running = next;
                meeting.next = null;
                if (next == null) {
                    lookups.remove(meetingId, meeting);
                }
            }
            if (next != null) {
                run(meetingId, meeting, next);
            }
            if (done.succeeded()) {
                lookup.complete(done.result());
            } else {
                lookup.completeExceptionally(done.cause());
            }
        });
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
