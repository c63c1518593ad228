package dk.radhus.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dk.radhus.testing.TestInfrastructure;

/** Counts rows in a consuming service's own database, to prove effects were applied exactly once. */
final class ReadModelRows {

    private final String jdbcUrl;

    private ReadModelRows(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static ReadModelRows of(ServiceProcess service) {
        return new ReadModelRows(TestInfrastructure.postgres().jdbcUrl(service.database()));
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

    private long count(String sql, List<String> codes) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, TestInfrastructure.postgres().username(),
                TestInfrastructure.postgres().password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
