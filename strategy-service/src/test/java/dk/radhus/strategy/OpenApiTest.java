package dk.radhus.strategy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.OpenApiChecks;
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

        assertThat(paths).containsKeys("/policies", "/initiatives/{id}/status", "/growth-accounts",
                "/quality-contracts/{id}/follow-ups", "/indicator-values/csv", "/initiative-statuses/csv", "/dashboard");
        assertThat(OpenApiChecks.operationsWithoutSummary(openApi)).isEmpty();
        assertThat(OpenApiChecks.requestTypes(openApi)).contains("PolicyRequest", "StatusUpdateRequest");
        assertThat(OpenApiChecks.requestTypesWithoutExample(openApi)).isEmpty();
    }
}
