package dk.radhus.strategy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class OpenApiTest {

    @Test
    void shouldDescribeEveryOperationWithASummaryAndEveryRequestBodyWithAnExample() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");

        assertThat(paths).containsKeys("/policies", "/initiatives/{id}/status", "/growth-accounts",
                "/quality-contracts/{id}/follow-ups", "/indicator-values/csv", "/initiative-statuses/csv", "/dashboard");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation).as("%s %s", method, path).containsKey("summary");
            if (operation.get("requestBody") instanceof Map<?, ?> body) {
                assertThat(body.toString()).as("request body of %s %s", method, path)
                        .satisfiesAnyOf(text -> assertThat(text).contains("example"),
                                text -> assertThat(text).contains("#/components/schemas/"));
            }
        }));
        for (String request : new String[] {"PolicyRequest", "InitiativeRequest", "StatusUpdateRequest",
                "IndicatorRequest", "PublishRequest", "QualityContractRequest", "FollowUpRequest", "DepartmentRequest"}) {
            assertThat(schemas.get(request).keySet()).as(request).containsAnyOf("example", "examples");
        }
    }
}
