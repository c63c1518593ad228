package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.OpenApiChecks;
import dk.radhus.testing.RadhusTestResources;

/** OpenAPI describes every meetings endpoint with a summary, and every request body with an example. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class MeetingOpenApiTest {

    private static final List<String> PATHS = List.of("/meetings", "/meetings/{id}", "/meetings/{id}/transitions",
            "/meetings/{id}/attendance", "/meetings/{meetingId}/items", "/meetings/{meetingId}/items/{itemId}",
            "/meetings/{meetingId}/items/{itemId}/history", "/meetings/{meetingId}/items/{itemId}/decision",
            "/meetings/{meetingId}/items/{itemId}/proposals",
            "/meetings/{meetingId}/items/{itemId}/proposals/{proposalId}/accept",
            "/meetings/{meetingId}/items/{itemId}/proposals/{proposalId}/reject",
            "/persons", "/persons/{id}", "/committees/{code}/members", "/audit", "/audit/verify", "/imports", "/search",
            "/feeds/calendar.ics", "/feeds/calendar/{code}.ics", "/feeds/feed.atom");

    @Test
    void shouldDescribeEveryEndpointWithASummary() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        assertThat(paths).containsKeys(PATHS.toArray(String[]::new));
        assertThat(OpenApiChecks.operationsWithoutSummary(openApi)).isEmpty();
    }

    @Test
    void shouldGiveEveryRequestBodyAnExample() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().extract().jsonPath();
        assertThat(OpenApiChecks.requestTypes(openApi)).contains("ItemRequest", "SectionRequest", "DecisionRequest");
        assertThat(OpenApiChecks.requestTypesWithoutExample(openApi)).isEmpty();
        assertThat(openApi.getString("paths.'/imports'.post.requestBody.content.'text/plain'.examples.dagsorden.value"))
                .startsWith("Dagsorden til Borger- og Erhvervsudvalget");
    }
}
