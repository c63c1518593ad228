package dk.radhus.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.OpenApiChecks;
import dk.radhus.testing.RadhusTestResources;

/** The OpenAPI document describes every endpoint with a summary, and every request body with an example. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class OpenApiTest {

    @Test
    void shouldDescribeEveryOperationWithASummaryAndEveryRequestWithAnExample() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");

        assertThat(paths).containsKeys("/follow-ups", "/follow-ups/{id}/submit", "/tables/follow-ups/{id}",
                "/tables/accounts/{year}/{committee}", "/uploads/accounts/{year}",
                "/years/{year}/budgets/{policyAreaCode}/entries", "/policy-areas/{code}/series",
                "/years/{year}/fiscal-data-package");
        assertThat(OpenApiChecks.operationsWithoutSummary(openApi)).isEmpty();
        assertThat(OpenApiChecks.requestTypes(openApi)).contains("LedgerEntryRequest", "FollowUpLineRequest");
        assertThat(OpenApiChecks.requestTypesWithoutExample(openApi)).isEmpty();
        assertThat(String.valueOf(paths.get("/uploads/accounts/{year}").get("post").get("requestBody")))
                .contains("function,budgetType");
    }
}
