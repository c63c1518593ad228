package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class CommitteeOpenApiTest {

    @Test
    void shouldDescribeCommitteeEndpointsWithExamplesAndBearerSecurity() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/committees'.post.summary", notNullValue())
                .body("paths.'/committees'.post.security[0]", hasKey("bearer"))
                .body("paths.'/committees'.get.security", org.hamcrest.Matchers.nullValue())
                .body("components.schemas.CommitteeRequest.toString()", containsString("Borger- og Erhvervsudvalget"));
    }
}
