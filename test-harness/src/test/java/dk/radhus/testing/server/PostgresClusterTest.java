package dk.radhus.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.radhus.testing.FreePorts;

/** The persistent mode the local launcher uses: password authentication, owned databases, data kept across opens. */
class PostgresClusterTest {

    private final Path root = Directories.createTemp("radhus-cluster-test-");
    private PostgresCluster cluster;

    @AfterEach
    void removeCluster() {
        if (cluster != null) {
            cluster.stop();
        }
        Directories.deleteRecursively(root);
    }

    @Test
    void shouldKeepDataAndOwnedDatabasesWhenOpenedAgainOnAnotherPort() throws Exception {
        cluster = PostgresCluster.open(settings(FreePorts.next()));
        cluster.start();
        cluster.createDatabase("meetings", "meetings", "dev-only-meetings");
        try (Connection owner = DriverManager.getConnection(cluster.jdbcUrl("meetings"), "meetings", "dev-only-meetings");
                Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE committee (code text PRIMARY KEY)");
            sql.execute("INSERT INTO committee VALUES ('BEU')");
        }
        cluster.stop();

        cluster = PostgresCluster.open(settings(FreePorts.next()));
        cluster.start();
        cluster.createDatabase("meetings", "meetings", "dev-only-meetings");
        try (Connection owner = DriverManager.getConnection(cluster.jdbcUrl("meetings"), "meetings", "dev-only-meetings");
                Statement sql = owner.createStatement(); ResultSet rows = sql.executeQuery("SELECT code FROM committee")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("BEU");
        }
        assertThat(Files.readString(root.resolve("server.log"))).isNotEmpty();
    }

    @Test
    void shouldRejectAWrongPasswordAndRunDurably() throws SQLException {
        cluster = PostgresCluster.open(settings(FreePorts.next()));
        cluster.start();
        cluster.createDatabase("budget", "budget", "dev-only-budget");

        assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl("budget"), "budget", "wrong").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (Connection superuser = DriverManager.getConnection(cluster.jdbcUrl("postgres"), PostgresCluster.SUPERUSER,
                "dev-only-postgres"); Statement sql = superuser.createStatement();
                ResultSet rows = sql.executeQuery("SHOW fsync")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("on");
        }
    }

    private PostgresSettings settings(int port) {
        return PostgresSettings.persistent(root.resolve("postgres"), root.resolve("server.log"), port, "dev-only-postgres");
    }
}
