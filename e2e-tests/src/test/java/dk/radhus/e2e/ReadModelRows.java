package dk.radhus.e2e;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.awaitility.core.ConditionTimeoutException;

import dk.radhus.testing.ServiceProcess;

/**
 * Counts rows in a service's own database (read-only), to prove effects were applied exactly once: its read models,
 * its outbox (the events it produced) and its inbox ({@code processed_event}, the events it applied).
 */
public final class ReadModelRows {

    private final ServiceProcess service;
    private final String jdbcUrl;

    private ReadModelRows(ServiceProcess service, String jdbcUrl) {
        this.service = service;
        this.jdbcUrl = jdbcUrl;
    }

    public static ReadModelRows of(ServiceProcess service) {
        return new ReadModelRows(service, service.postgres().jdbcUrl(service.database()));
    }

    long committeesWithCodes(List<String> codes) {
        return count("SELECT count(*) FROM committee WHERE code = ANY (?)", codes);
    }

    /** How many processed CommitteeUpserted events belong to these committees (one per committee if none doubled). */
    long processedCommitteeEventsFor(List<String> codes) {
        return count("""
                SELECT count(*) FROM processed_event p JOIN committee c ON c.event_id = p.event_id
                WHERE p.consumer = 'committee-directory' AND c.code = ANY (?)""", codes);
    }

    /** The ids of the events of {@code eventType} this service wrote to its outbox about these aggregates. */
    public List<UUID> outboxEventIds(String eventType, Collection<String> aggregateIds) {
        return query("SELECT id FROM outbox WHERE event_type = ? AND aggregate_id = ANY (?)",
                result -> (UUID) result.getObject(1), eventType, List.copyOf(aggregateIds));
    }

    /** How many of these events {@code consumer} applied; each at most once, as {@code processed_event} is keyed so. */
    public long processed(String consumer, Collection<UUID> eventIds) {
        return count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id::text = ANY (?)", consumer,
                eventIds.stream().map(UUID::toString).toList());
    }

    /**
     * Waits until {@code consumer} has applied every one of these events; if it does not, the failure names the
     * service's thread dump, taken at that moment.
     */
    public void awaitProcessed(String consumer, Collection<UUID> eventIds) {
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> processed(consumer, eventIds) == eventIds.size());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(consumer + " applied " + processed(consumer, eventIds) + " of "
                    + eventIds.size() + " events; threads of " + service.module() + ": " + service.dumpThreads(), e);
        }
    }

    /** The first column of a read-only query's rows, as text, in the query's order. */
    public List<String> strings(String sql, Object... parameters) {
        return query(sql, result -> result.getString(1), parameters);
    }

    /** Rows matching a read-only {@code SELECT count(*) …}; a {@link List} parameter binds as a text array. */
    public long count(String sql, Object... parameters) {
        return query(sql, result -> result.getLong(1), parameters).get(0);
    }

    private interface Row<T> {
        T read(ResultSet result) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, service.postgres().username(),
                service.postgres().password())) {
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    if (parameter instanceof List<?> list) {
                        statement.setArray(i + 1, connection.createArrayOf("text",
                                list.stream().map(String::valueOf).toArray()));
                    } else {
                        statement.setObject(i + 1, parameter);
                    }
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(row.read(result));
                    }
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
