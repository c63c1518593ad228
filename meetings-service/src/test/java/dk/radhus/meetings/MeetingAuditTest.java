package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.ADMIN;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.AuditLogChecks;
import dk.radhus.testing.RadhusTestResources;

/** meetings-service writes the platform's audit log: committee changes with before and after, append-only, chained. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class MeetingAuditTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldAuditACommitteeRenameWithBeforeAndAfterAndTheRequestId() {
        String code = TestData.committee("Revisionsudvalg", "POLITICAL_COMMITTEE");
        given().auth().oauth2(SECRETARY).header("X-Request-Id", "rename-" + code).contentType(ContentType.JSON)
                .body(Map.of("name", "Omdøbt udvalg " + code, "kind", "POLITICAL_COMMITTEE", "active", true))
                .put("/committees/" + code).then().statusCode(200).header("X-Request-Id", "rename-" + code);

        JsonPath entry = AuditLogChecks.newestEntry(DIRECTOR, "Committee", code);
        assertThat(entry.getString("actor")).isEqualTo("sekretaer");
        assertThat(entry.getString("action")).isEqualTo("committee.updated");
        assertThat(entry.getString("before.name")).isEqualTo("Revisionsudvalg " + code);
        assertThat(entry.getString("after.name")).isEqualTo("Omdøbt udvalg " + code);
        assertThat(entry.getString("requestId")).isEqualTo("rename-" + code);
    }

    @Test
    void shouldAuditACreatedCommitteeWithItsValuesAfter() {
        String code = TestData.committee("Nyt udvalg", "POLITICAL_COMMITTEE");
        JsonPath entry = AuditLogChecks.newestEntry(ADMIN, "Committee", code);
        assertThat(entry.getString("action")).isEqualTo("committee.created");
        assertThat(entry.getMap("before")).isNull();
        assertThat(entry.getString("after.kind")).isEqualTo("POLITICAL_COMMITTEE");
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAuditRows() throws Exception {
        TestData.committee();
        AuditLogChecks.assertUpdateAndDeleteRefused(dataSource);
    }

    @Test
    void shouldNameAnEditedRowWhenVerifyingTheChain() throws Exception {
        TestData.committee();
        AuditLogChecks.assertEditedRowIsReported(dataSource, ADMIN);
    }

    @Test
    void shouldLetAdminAndDirectorReadTheAuditLogAndNobodyElse() {
        for (String path : new String[] { "/audit", "/audit/verify" }) {
            call(null, "GET", path, null).statusCode(401);
            call(SECRETARY, "GET", path, null).statusCode(403);
            call(FINANCE, "GET", path, null).statusCode(403);
            call(DIRECTOR, "GET", path, null).statusCode(200);
            call(ADMIN, "GET", path, null).statusCode(200);
        }
        call(ADMIN, "GET", "/audit?size=0", null).statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
