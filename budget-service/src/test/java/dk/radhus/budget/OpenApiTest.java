package dk.radhus.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.RadhusTestResources;

/** The OpenAPI document describes every endpoint with a summary, and every request body with an example. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class OpenApiTest {

    private static final List<String> REQUESTS = List.of("FiscalYearRequest", "PolicyAreaRequest",
            "FunctionRangeRequest", "LedgerEntryRequest", "FollowUpRequest", "FollowUpLineRequest", "ReopenRequest",
            "AccountsRequest");

    @Test
    void shouldDescribeEveryOperationWithASummaryAndEveryRequestWithAnExample() {
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> missingSummary = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null) {
                missingSummary.add(method + " " + path);
            }
        }));

        assertThat(paths).containsKeys("/follow-ups", "/follow-ups/{id}/submit", "/tables/follow-ups/{id}",
                "/tables/accounts/{year}/{committee}", "/uploads/accounts/{year}",
                "/years/{year}/budgets/{policyAreaCode}/entries", "/policy-areas/{code}/series",
                "/years/{year}/fiscal-data-package");
        assertThat(missingSummary).isEmpty();
        for (String request : REQUESTS) {
            assertThat(openApi.getMap("components.schemas." + request)).as(request).containsKey("examples");
        }
        assertThat(String.valueOf(paths.get("/uploads/accounts/{year}").get("post").get("requestBody")))
                .contains("function,budgetType");
    }
}
