package dk.radhus.strategy;

import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class ActionPlanTest {

    private static final LocalDate RECENT = LocalDate.now().minusDays(10);

    @Test
    void shouldRollUpGoalAndFocusAreaLightsAsWorstOfTheirInitiatives() {
        String policy = Api.createPolicy("Vækstpolitik 2018-2022 – Vækst – vejen til velfærd");
        String byudvikling = Api.createFocusArea(policy, "Byudvikling");
        String erhverv = Api.createFocusArea(policy, "Erhverv");
        String attraktiveByer = Api.createGoal(byudvikling, "Styrke indsatsen for attraktive byer");
        String delmaal = Api.createSubGoal(attraktiveByer, "Udvikle Charlottekvarteret");
        String rammer = Api.createGoal(erhverv, "Sikre de bedste rammer for at drive virksomhed");
        Api.createInitiative(attraktiveByer, unique("BY"), "BYC", "GREEN", RECENT);
        Api.createInitiative(delmaal, unique("BY"), "TMC", "YELLOW", RECENT);
        Api.createInitiative(rammer, unique("ER"), "BAC", "GREEN", RECENT);
        Api.createInitiative(rammer, unique("ER"), "ISC", "RED", RECENT);

        JsonPath plan = as(DIRECTOR).get("/policies/" + policy + "/action-plan").then().statusCode(200).extract().jsonPath();

        assertThat(plan.getString("focusAreas[0].title")).isEqualTo("Byudvikling");
        assertThat(plan.getString("focusAreas[0].light")).isEqualTo("YELLOW");
        assertThat(plan.getString("focusAreas[0].goals[0].light")).isEqualTo("YELLOW");
        assertThat(plan.getString("focusAreas[0].goals[0].subGoals[0].light")).isEqualTo("YELLOW");
        assertThat(plan.getList("focusAreas[0].goals[0].initiatives")).hasSize(1);
        assertThat(plan.getString("focusAreas[1].light")).isEqualTo("RED");
        assertThat(plan.getString("focusAreas[1].goals[0].light")).isEqualTo("RED");
    }

    @Test
    void shouldLeaveTheLightEmptyForAGoalWithoutInitiatives() {
        String policy = Api.createPolicy("Tom politik");
        String area = Api.createFocusArea(policy, "Erhverv");
        Api.createGoal(area, "Endnu ingen indsatser");

        as(DIRECTOR).get("/policies/" + policy + "/action-plan").then().statusCode(200)
                .body("focusAreas[0].light", nullValue())
                .body("focusAreas[0].goals[0].light", nullValue());
    }

    @Test
    void shouldKeepEveryStatusChangeAsHistoryWithWhoWhenFromAndTo() {
        String goal = goal();
        String initiative = Api.createInitiative(goal, unique("HIST"), "BYC", "GREEN", RECENT.minusDays(30));
        Api.updateStatus(initiative, EDITOR, "YELLOW", "Forsinket af ledningsføring", RECENT.minusDays(5));
        Api.updateStatus(initiative, DIRECTOR, "RED", "Projektet er stoppet", RECENT);

        List<Map<String, Object>> history = as(EDITOR).get("/initiatives/" + initiative + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");

        assertThat(history).extracting(h -> h.get("fromLight")).containsExactly(null, "GREEN", "YELLOW");
        assertThat(history).extracting(h -> h.get("toLight")).containsExactly("GREEN", "YELLOW", "RED");
        assertThat(history).extracting(h -> h.get("changedBy"))
                .containsExactly("anne.byc", "anne.byc", "lars.direktion");
        assertThat(history.get(1).get("narrative")).isEqualTo("Forsinket af ledningsføring");
        assertThat(history.get(2).get("asOf")).isEqualTo(RECENT.toString());
        as(EDITOR).get("/initiatives/" + initiative).then().body("light", equalTo("RED"))
                .body("statusChangedBy", equalTo("lars.direktion"));
    }

    @Test
    void shouldNotAddHistoryWhenTheSameStatusIsSentAgain() {
        String initiative = Api.createInitiative(goal(), unique("SAME"), "BYC", "GREEN", RECENT);
        Api.updateStatus(initiative, EDITOR, "YELLOW", "Gul", RECENT);
        Api.updateStatus(initiative, EDITOR, "YELLOW", "Gul", RECENT);

        as(EDITOR).get("/initiatives/" + initiative + "/history").then().body("size()", equalTo(2));
    }

    @Test
    void shouldRejectAStatusOlderThanTheCurrentOne() {
        String initiative = Api.createInitiative(goal(), unique("OLD"), "BYC", "GREEN", RECENT);

        as(EDITOR).body(Map.of("light", "RED", "narrative", "For gammel", "asOf", RECENT.minusDays(1).toString()))
                .post("/initiatives/" + initiative + "/status").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        as(EDITOR).get("/initiatives/" + initiative + "/history").then().body("size()", equalTo(1));
    }

    @Test
    void shouldFlagAnInitiativeStaleWhenItsStatusIsOlderThan120Days() {
        String goal = goal();
        String fresh = Api.createInitiative(goal, unique("FRESH"), "BYC", "GREEN", LocalDate.now().minusDays(120));
        String stale = Api.createInitiative(goal, unique("STALE"), "BYC", "GREEN", LocalDate.now().minusDays(121));

        as(EDITOR).get("/initiatives/" + fresh).then().body("stale", equalTo(false));
        as(EDITOR).get("/initiatives/" + stale).then().body("stale", equalTo(true));
        Api.updateStatus(stale, EDITOR, "GREEN", "Opdateret", LocalDate.now());
        as(EDITOR).get("/initiatives/" + stale).then().body("stale", equalTo(false));
    }

    @Test
    void shouldRejectAnInitiativeOfAnUnknownDepartmentAndStoreNothing() {
        String goal = goal();
        String reference = unique("UNK");

        as(EDITOR).body(Api.initiative(reference, "XYZ", "GREEN", RECENT)).post("/goals/" + goal + "/initiatives")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("departmentCode"));
        as(EDITOR).get("/initiatives").then().body("reference", not(hasItem(reference)));
    }

    @Test
    void shouldRejectAnInvalidInitiativeNamingEachField() {
        as(EDITOR).body(Map.of("reference", "har mellemrum", "title", "", "light", "BLUE"))
                .post("/goals/" + goal() + "/initiatives").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("light"));
        as(EDITOR).body(Map.of("reference", "har mellemrum", "title", ""))
                .post("/goals/" + goal() + "/initiatives").then().statusCode(400)
                .body("errors.field", hasItem("reference")).body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("departmentCode")).body("errors.field", hasItem("statusAsOf"));
    }

    @Test
    void shouldShowAdoptedPoliciesToAnonymousReadersWithoutInitiativesOrLights() {
        String draft = Api.createPolicy("Kladde " + unique("P"));
        String adopted = Api.createPolicy("Vedtaget " + unique("P"));
        String area = Api.createFocusArea(adopted, "Erhverv");
        Api.createInitiative(Api.createGoal(area, "Mål"), unique("PUB"), "BYC", "RED", RECENT);
        Api.adopt(adopted);

        given().get("/policies").then().statusCode(200).body("id", hasItem(adopted)).body("id", not(hasItem(draft)));
        given().get("/policies/" + draft).then().statusCode(404);
        given().get("/policies/" + adopted).then().statusCode(200)
                .body("policy.adoptedCaseNumber", equalTo("18/8420"))
                .body("focusAreas[0].light", nullValue())
                .body("focusAreas[0].goals[0].initiatives.size()", equalTo(0));
        as(EDITOR).get("/policies").then().body("id", hasItem(draft));
    }

    private static String goal() {
        String policy = Api.createPolicy("Politik " + unique("P"));
        return Api.createGoal(Api.createFocusArea(policy, "Byudvikling"), "Mål");
    }
}
