package dk.radhus.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.restassured.path.json.JsonPath;

/**
 * The acceptance checks of the platform's audit log (docs/audit.md) that every service runs against its own database:
 * the table refuses UPDATE and DELETE, and a row edited behind the trigger's back is named by {@code /audit/verify}.
 */
public final class AuditLogChecks {

    private AuditLogChecks() {
    }

    /** The newest audit entry of one object, read through {@code GET /audit} with {@code token}. */
    public static JsonPath newestEntry(String token, String objectType, String objectId) {
        return given().auth().oauth2(token).queryParam("objectType", objectType).queryParam("objectId", objectId)
                .queryParam("size", 1).get("/audit").then().statusCode(200).extract().jsonPath()
                .setRootPath("entries[0]");
    }

    public static void assertUpdateAndDeleteRefused(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_log SET actor = 'mallory'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    /**
     * Edits the newest row with the append-only trigger disabled (in the edit's own transaction), checks that
     * {@code /audit/verify} names it, then puts it back the same way so the chain is whole again for other tests.
     */
    public static void assertEditedRowIsReported(DataSource dataSource, String auditorToken) throws SQLException {
        given().auth().oauth2(auditorToken).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        long id;
        String actor;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet newest = statement.executeQuery("SELECT id, actor FROM audit_log ORDER BY id DESC LIMIT 1")) {
            assertThat(newest.next()).as("the test wrote an audit entry first").isTrue();
            id = newest.getLong(1);
            actor = newest.getString(2);
        }
        setActorBehindTheTrigger(dataSource, id, "mallory");
        try {
            JsonPath check = given().auth().oauth2(auditorToken).get("/audit/verify").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(check.getBoolean("valid")).isFalse();
            assertThat(check.getLong("firstBrokenId")).isEqualTo(id);
            assertThat(check.getString("problem")).isEqualTo("CONTENT_CHANGED");
        } finally {
            setActorBehindTheTrigger(dataSource, id, actor);
        }
        given().auth().oauth2(auditorToken).get("/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    private static void setActorBehindTheTrigger(DataSource dataSource, long id, String actor) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement edit = connection.prepareStatement(
                            "UPDATE audit_log SET actor = ? WHERE id = ?")) {
                statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
                edit.setString(1, actor);
                edit.setLong(2, id);
                assertThat(edit.executeUpdate()).isEqualTo(1);
                statement.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
