package dk.radhus.strategy;

import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A known data set: Byudvikling has a green, a red and a stale yellow initiative; Erhverv a stale green and a fresh
 * green one. Every number on the dashboard is checked.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class DashboardTest {

    private static final LocalDate TODAY = LocalDate.now();

    private String policy;
    private String byudvikling;
    private String erhverv;
    private String red;

    @BeforeEach
    void knownDataSet() {
        policy = Api.createPolicy("Dashboard " + unique("P"));
        byudvikling = Api.createFocusArea(policy, "Byudvikling");
        erhverv = Api.createFocusArea(policy, "Erhverv");
        String byer = Api.createGoal(byudvikling, "Attraktive byer");
        String delmaal = Api.createSubGoal(byer, "Charlottekvarteret");
        String rammer = Api.createGoal(erhverv, "Rammer for virksomheder");
        Api.createInitiative(byer, unique("G"), "BYC", "GREEN", TODAY.minusDays(5));
        red = Api.createInitiative(byer, unique("R"), "BYC", "YELLOW", TODAY.minusDays(20));
        Api.updateStatus(red, EDITOR, "RED", "Afventer ledningsejere", TODAY.minusDays(2));
        Api.createInitiative(delmaal, unique("Y"), "TMC", "YELLOW", TODAY.minusDays(200));
        Api.createInitiative(rammer, unique("S"), "BAC", "GREEN", TODAY.minusDays(150));
        Api.createInitiative(rammer, unique("F"), "ISC", "GREEN", TODAY);
    }

    @Test
    void shouldCountLightsOverallAndPerFocusArea() {
        JsonPath dashboard = dashboard("policyId=" + policy);

        assertThat(dashboard.getMap("overall")).containsExactlyInAnyOrderEntriesOf(
                Map.of("red", 1, "yellow", 1, "green", 3, "stale", 2, "total", 5));
        assertThat(dashboard.getList("focusAreas.title")).containsExactly("Byudvikling", "Erhverv");
        assertThat(dashboard.getString("focusAreas[0].light")).isEqualTo("RED");
        assertThat(dashboard.getMap("focusAreas[0].counts")).containsExactlyInAnyOrderEntriesOf(
                Map.of("red", 1, "yellow", 1, "green", 1, "stale", 1, "total", 3));
        assertThat(dashboard.getString("focusAreas[1].light")).isEqualTo("GREEN");
        assertThat(dashboard.getMap("focusAreas[1].counts")).containsExactlyInAnyOrderEntriesOf(
                Map.of("red", 0, "yellow", 0, "green", 2, "stale", 1, "total", 2));
        assertThat(dashboard.getInt("staleAfterDays")).isEqualTo(120);
    }

    @Test
    void shouldListRedAndStaleInitiativesWithOwnerAndLastNarrative() {
        JsonPath dashboard = dashboard("policyId=" + policy);

        List<Map<String, Object>> reds = dashboard.getList("redInitiatives");
        assertThat(reds).singleElement().satisfies(r -> assertThat(r).containsEntry("id", red)
                .containsEntry("departmentCode", "BYC").containsEntry("narrative", "Afventer ledningsejere")
                .containsEntry("focusArea", "Byudvikling").containsEntry("stale", false));
        assertThat(dashboard.getList("staleInitiatives.departmentCode")).containsExactly("TMC", "BAC");
        assertThat(dashboard.getList("staleInitiatives.statusAsOf"))
                .containsExactly(TODAY.minusDays(200).toString(), TODAY.minusDays(150).toString());
    }

    @Test
    void shouldFilterByDepartmentAndFocusArea() {
        assertThat(dashboard("policyId=" + policy + "&department=BYC").getMap("overall"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("red", 1, "yellow", 0, "green", 1, "stale", 0, "total", 2));
        JsonPath erhvervOnly = dashboard("focusAreaId=" + erhverv);
        assertThat(erhvervOnly.getList("focusAreas.title")).containsExactly("Erhverv");
        assertThat(erhvervOnly.getInt("overall.total")).isEqualTo(2);
        assertThat(erhvervOnly.getList("redInitiatives")).isEmpty();
    }

    @Test
    void shouldShowIndicatorTrendsWithBaselineTargetAndSeries() {
        String code = unique("DASH");
        Api.createIndicator(code, null, "Indbyggertal", "UP", 55000);
        Api.setValue(code, 2018, 50000);
        Api.setValue(code, 2019, 50500);

        Map<String, Object> trend = dashboard("policyId=" + policy)
                .getMap("indicatorTrends.find { it.code == '" + code + "' }");

        assertThat(trend).containsEntry("baseline", Map.of("year", 2017, "value", 100))
                .containsEntry("target", Map.of("year", 2022, "value", 55000))
                .containsEntry("series", List.of(Map.of("year", 2018, "value", 50000), Map.of("year", 2019, "value", 50500)))
                .containsEntry("latestLight", "YELLOW");
    }

    @Test
    void shouldShowTheLatestFollowUpLightOfEachQualityContract() {
        String contract = QualityContractTest.create("Borgerservice " + unique("Q"), 1, "Responstid", "Kort ventetid", null);
        as(EDITOR).body(Map.of("year", 2012, "statusText", "Nået", "light", "GREEN"))
                .post("/quality-contracts/" + contract + "/follow-ups").then().statusCode(201);
        as(EDITOR).body(Map.of("year", 2013, "statusText", "Ventetiden steg", "light", "RED"))
                .post("/quality-contracts/" + contract + "/follow-ups").then().statusCode(201);

        Map<String, Object> status = dashboard("policyId=" + policy)
                .getMap("qualityContracts.find { it.id == '" + contract + "' }");

        assertThat(status).containsEntry("latestFollowUpYear", 2013).containsEntry("light", "RED")
                .containsEntry("heading", "Responstid");
    }

    @Test
    void shouldListWhatChangedSinceAGivenDate() {
        List<Map<String, Object>> changes = dashboard("policyId=" + policy + "&changedSince=" + TODAY).getList("changes");
        assertThat(changes).anySatisfy(c -> assertThat(c).containsEntry("objectId", red)
                .containsEntry("action", "initiative.status").containsEntry("actor", "anne.byc"));
        assertThat(changes).anySatisfy(c -> assertThat((String) c.get("summary")).contains("light: YELLOW → RED",
                " → Afventer ledningsejere", "asOf: " + TODAY.minusDays(20) + " → " + TODAY.minusDays(2)));
        assertThat(changes).anySatisfy(c -> assertThat(c).containsEntry("objectId", policy)
                .containsEntry("action", "policy.created"));

        assertThat(dashboard("policyId=" + policy + "&changedSince=" + TODAY).getLong("changeCount"))
                .isGreaterThanOrEqualTo(changes.size());
        assertThat(dashboard("policyId=" + policy + "&changedSince=" + TODAY.plusDays(1)).getList("changes")).isEmpty();
        assertThat(dashboard("policyId=" + policy).getList("changes")).isEmpty();
    }

    private static JsonPath dashboard(String query) {
        return as(DIRECTOR).get("/dashboard?" + query).then().statusCode(200).extract().jsonPath();
    }
}
