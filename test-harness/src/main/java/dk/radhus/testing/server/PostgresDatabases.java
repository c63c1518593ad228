package dk.radhus.testing.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.postgresql.Driver;

/** Creates databases and login roles as the superuser. */
final class PostgresDatabases {

    private static final Logger LOG = Logger.getLogger(PostgresDatabases.class);
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String url;
    private final Properties credentials = new Properties();

    PostgresDatabases(String url, String user, String password) {
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
    }

    /** Creates the database unless it exists; {@code owner} {@code null} means the superuser. */
    void create(String database, String owner) {
        try (Connection connection = connect()) {
            if (exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                return;
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"" + (owner == null ? "" : " OWNER \"" + owner + "\""));
                LOG.debugf("Created database %s", database);
            }
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + database + " at " + url, e);
            }
        }
    }

    void createOrUpdateRole(String role, String password) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("Unsupported role name: " + role);
        }
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
            sql.execute(verb + " ROLE \"" + role + "\" LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create role " + role + " at " + url, e);
        }
    }

    private Connection connect() throws SQLException {
        return new Driver().connect(url, credentials);
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
