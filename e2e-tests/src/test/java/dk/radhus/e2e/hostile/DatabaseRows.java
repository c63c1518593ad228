package dk.radhus.e2e.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.radhus.e2e.SuiteServices;
import dk.radhus.testing.TestInfrastructure;

/**
 * The number of rows in every table of the services' databases (read with plain JDBC, Flyway's history excluded) and
 * the highest outbox sequence number, which grows with every event written even after published rows are deleted.
 */
final class DatabaseRows {

    private DatabaseRows() {
    }

    /** {@code database.table} → rows, plus {@code database.outbox.seq} → highest sequence number. */
    static Map<String, Long> snapshot(List<SuiteServices.Service> services) {
        Map<String, Long> rows = new TreeMap<>();
        for (SuiteServices.Service service : services) {
            try (Connection connection = connect(service); Statement statement = connection.createStatement()) {
                for (String table : tables(statement)) {
                    rows.put(service.database() + "." + table, single(statement, "SELECT count(*) FROM " + table));
                }
                rows.put(service.database() + ".outbox.seq",
                        single(statement, "SELECT coalesce(max(seq), 0) FROM outbox"));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot count rows in " + service.database(), e);
            }
        }
        return rows;
    }

    /** Outbox events not yet handed to Kafka, over all services. */
    static long unpublishedEvents(List<SuiteServices.Service> services) {
        long unpublished = 0;
        for (SuiteServices.Service service : services) {
            try (Connection connection = connect(service); Statement statement = connection.createStatement()) {
                unpublished += single(statement, "SELECT count(*) FROM outbox WHERE published_at IS NULL");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return unpublished;
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("""
                SELECT quote_ident(table_name) FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                ORDER BY table_name""")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect(SuiteServices.Service service) throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl(service.database()),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password());
    }
}
