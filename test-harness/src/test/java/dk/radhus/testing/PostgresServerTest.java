package dk.radhus.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private final PostgresServer postgres = TestInfrastructure.postgres();

    @Test
    void databasesAreCreatedOnDemandAndSurviveARestart() throws SQLException {
        String meetingsUrl = postgres.jdbcUrl("harness_meetings");
        String budgetUrl = postgres.jdbcUrl("harness_budget");

        assertThat(meetingsUrl).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/harness_meetings");
        assertThat(postgres.jdbcUrl("harness_meetings")).isEqualTo(meetingsUrl);
        try (Connection connection = connect(meetingsUrl); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE agenda_item (id int PRIMARY KEY, title text NOT NULL)");
            sql.execute("INSERT INTO agenda_item VALUES (1, 'Budget 2027 – første behandling')");
        }
        try (Connection connection = connect(budgetUrl)) {
            assertThat(connection.getCatalog()).isEqualTo("harness_budget");
            assertThat(tableNames(connection)).doesNotContain("agenda_item");
        }

        postgres.stop();
        assertThat(postgres.isRunning()).isFalse();
        assertThatThrownBy(() -> connect(meetingsUrl).close()).isInstanceOf(SQLException.class);

        postgres.start();
        assertThat(postgres.isRunning()).isTrue();
        try (Connection connection = connect(meetingsUrl); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id, title FROM agenda_item")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt("id")).isEqualTo(1);
            assertThat(rows.getString("title")).isEqualTo("Budget 2027 – første behandling");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void theServerIsSharedAndRunsWithTheTestSettings() throws SQLException {
        assertThat(TestInfrastructure.postgres()).isSameAs(postgres);
        try (Connection connection = connect(postgres.jdbcUrl("postgres")); Statement sql = connection.createStatement()) {
            assertThat(setting(sql, "fsync")).isEqualTo("off");
            assertThat(setting(sql, "synchronous_commit")).isEqualTo("off");
            assertThat(setting(sql, "full_page_writes")).isEqualTo("off");
            assertThat(setting(sql, "max_connections")).isEqualTo("200");
            assertThat(setting(sql, "server_encoding")).isEqualTo("UTF8");
        }
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, postgres.username(), postgres.password());
    }

    private static String setting(Statement sql, String name) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
