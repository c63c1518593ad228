package dk.radhus.strategy;

import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The seed (BEU dagsorden 11-05-2011, punkt 2): quality contracts 2012 and the follow-up report. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class QualityContractTest {

    static final String BORGERSERVICE = "Borgerservice og administration";
    static final String INTEGRATION = "Integration";

    @Test
    void shouldEnterAndReadBackTheSeeds2012QualityContracts() {
        String suffix = " " + unique("T");
        create(BORGERSERVICE + suffix, 1, "Responstid ved telefoniske og personlige henvendelser",
                "Borgerne skal opleve en effektiv telefonservice ved opkald til kommunen og en kort ventetid ved "
                        + "personligt fremmøde", null);
        create(BORGERSERVICE + suffix, 2, "Digital selvbetjening",
                "Borgerne skal hjælpes til øget selvbetjening, så en større andel af borgerbetjeningen kan ske af "
                        + "denne kanal. Det skal ske med udgangspunkt i konkrete løsninger, fx lægeskift, sundhedskort "
                        + "og flytteanmeldelse", null);
        create(INTEGRATION + suffix, 1, "Fritidspas for særligt udsatte børn og unge.",
                "Fritidspas for børn og unge som ikke er aktive i det organiserede fritidsliv, samt igangsætning af "
                        + "ny fritidspasordning for særligt udsatte børn og unge.", 2014);
        create(INTEGRATION + suffix, 2, "Flere frivillige forældre med anden etnisk baggrund end dansk i foreningslivet.",
                "Større fokus på at forældre med anden etnisk baggrund end dansk involverer sig i deres børns "
                        + "fritidsliv, herunder det frivillige arbejde i foreningerne.", 2012);

        JsonPath borgerservice = given().queryParam("serviceArea", BORGERSERVICE + suffix).queryParam("year", 2012)
                .get("/quality-contracts").then().statusCode(200).extract().jsonPath();
        assertThat(borgerservice.getList("heading", String.class)).containsExactly(
                "Responstid ved telefoniske og personlige henvendelser", "Digital selvbetjening");
        assertThat(borgerservice.getList("number", Integer.class)).containsExactly(1, 2);
        assertThat(borgerservice.getString("[1].overallObjective")).contains("lægeskift, sundhedskort og flytteanmeldelse");

        JsonPath integration = given().queryParam("serviceArea", INTEGRATION + suffix)
                .get("/quality-contracts").then().statusCode(200).extract().jsonPath();
        assertThat(integration.getList("heading", String.class)).containsExactly(
                "Fritidspas for særligt udsatte børn og unge.",
                "Flere frivillige forældre med anden etnisk baggrund end dansk i foreningslivet.");
        assertThat(integration.getList("targetYear", Integer.class)).containsExactly(2014, 2012);
        assertThat(integration.getString("[1].measurement")).startsWith("Optælling af frivillige");
        assertThat(integration.getString("[0].howWorkedOn")).isEqualTo("Fritidspas tildeles via foreningerne");
    }

    @Test
    void shouldAddAYearlyFollowUpWithStatusAndLightReadableByAnybody() {
        String id = create(INTEGRATION + " " + unique("F"), 1, "Fritidspas", "Fritidspas for børn og unge", 2014);

        as(EDITOR).body(Map.of("year", 2012, "statusText", "142 børn og unge har fået fritidspas", "light", "GREEN"))
                .post("/quality-contracts/" + id + "/follow-ups").then().statusCode(201)
                .body("reportedBy", equalTo("anne.byc"));

        String serviceArea = given().get("/quality-contracts/" + id).then().extract().path("serviceArea");
        given().get("/quality-contracts/" + id).then().statusCode(200)
                .body("followUps[0].year", equalTo(2012))
                .body("followUps[0].statusText", equalTo("142 børn og unge har fået fritidspas"))
                .body("followUps[0].light", equalTo("GREEN"))
                .body("followUps[0].reportedBy", equalTo(serviceArea));
        as(EDITOR).get("/quality-contracts/" + id).then().body("followUps[0].reportedBy", equalTo("anne.byc"));
    }

    @Test
    void shouldRejectASecondFollowUpForTheSameYear() {
        String id = create(INTEGRATION + " " + unique("D"), 1, "Fritidspas", "Fritidspas", 2014);
        Map<String, Object> followUp = Map.of("year", 2012, "statusText", "Status", "light", "YELLOW");
        as(EDITOR).body(followUp).post("/quality-contracts/" + id + "/follow-ups").then().statusCode(201);

        as(EDITOR).body(followUp).post("/quality-contracts/" + id + "/follow-ups").then().statusCode(409);
    }

    @Test
    void shouldRejectAnInvalidContractNamingTheFieldsAndStoreNothing() {
        String area = "Erhverv " + unique("X");
        as(EDITOR).body(Map.of("serviceArea", area, "contractYear", 2012, "number", 0, "heading", ""))
                .post("/quality-contracts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("number")).body("errors.field", hasItem("heading"))
                .body("errors.field", hasItem("overallObjective"));

        given().queryParam("serviceArea", area).get("/quality-contracts").then().body("size()", equalTo(0));
    }

    static String create(String area, int number, String heading, String objective, Integer targetYear) {
        Map<String, Object> body = new HashMap<>(Map.of("serviceArea", area, "contractYear", 2012, "number", number,
                "heading", heading, "overallObjective", objective,
                "howWorkedOn", "Fritidspas tildeles via foreningerne",
                "measurement", "Optælling af frivillige med anden baggrund end dansk i udvalgte foreninger"));
        if (targetYear != null) {
            body.put("targetYear", targetYear);
        }
        return as(EDITOR).body(body).post("/quality-contracts").then().statusCode(201).extract().path("id");
    }
}
