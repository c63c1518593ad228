package dk.radhus.strategy;

import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The seed (Direktionen 16-12-2019, punkt 5): the growth account goes from 14 parameters to 19 in three themes. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class GrowthAccountTest {

    @Test
    void shouldKeepThe2018AccountWith14ParametersAndThe2019AccountWith19InThreeThemes() {
        String prefix = unique("VR");
        List<String> codes2018 = new ArrayList<>();
        for (int n = 1; n <= 14; n++) {
            String code = prefix + "-" + n;
            Api.createIndicator(code, null, "Parameter " + n, "UP", null);
            Api.setValue(code, 2017, 100 + n);
            Api.setValue(code, 2018, 110 + n);
            codes2018.add(code);
        }
        publish(2018, "Vækstregnskab 2018", codes2018);

        String bolig = Api.createTheme("Bolig- og befolkningsudvikling " + prefix, 1);
        String beskaeftigelse = Api.createTheme("Beskæftigelse " + prefix, 2);
        String erhverv = Api.createTheme("Erhvervsudvikling " + prefix, 3);
        List<String> themes = List.of(bolig, beskaeftigelse, erhverv);
        List<String> codes2019 = new ArrayList<>();
        for (int n = 1; n <= 19; n++) {
            String code = prefix + "-" + n;
            Map<String, Object> body = Api.indicator(code, themes.get((n - 1) % 3), "Parameter " + n, "UP", null);
            if (n <= 14) {
                as(EDITOR).body(body).put("/indicators/" + code).then().statusCode(200);
            } else {
                as(EDITOR).body(body).post("/indicators").then().statusCode(201);
            }
            Api.setValue(code, 2019, 120 + n);
            codes2019.add(code);
        }
        publish(2019, "Vækstregnskab 2019", codes2019);

        JsonPath account2018 = given().get("/growth-accounts/2018").then().statusCode(200).extract().jsonPath();
        assertThat(account2018.getInt("indicatorCount")).isEqualTo(14);
        assertThat(account2018.getList("themes")).isEmpty();
        assertThat(account2018.getList("lines.theme")).containsOnlyNulls();
        assertThat(account2018.getString("lines[0].value")).isEqualTo("111");
        assertThat(account2018.getString("lines[0].change")).isEqualTo("10");

        JsonPath account2019 = given().get("/growth-accounts/2019").then().statusCode(200).extract().jsonPath();
        assertThat(account2019.getInt("indicatorCount")).isEqualTo(19);
        assertThat(account2019.getList("themes", String.class)).containsExactly("Bolig- og befolkningsudvikling "
                + prefix, "Beskæftigelse " + prefix, "Erhvervsudvikling " + prefix);
        assertThat(account2019.getList("lines.theme")).doesNotContainNull();
        Map<String, Object> first = line(account2019, prefix + "-1");
        assertThat(first.get("previousValue")).hasToString("111");
        assertThat(first.get("change")).hasToString("10");
        assertThat(first.get("light")).isEqualTo("GREEN");
        Map<String, Object> added = line(account2019, prefix + "-15");
        assertThat(added.get("previousValue")).isNull();
        assertThat(added.get("light")).isEqualTo("YELLOW");
        given().get("/growth-accounts").then().statusCode(200);
    }

    @Test
    void shouldComputeTheLightFromDirectionTargetAndChange() {
        String prefix = unique("LYS");
        Api.createIndicator(prefix + "-UP", null, "Indbyggertal", "UP", 55000);
        Api.createIndicator(prefix + "-DOWN", null, "Ledighed i pct.", "DOWN", 4.0);
        Api.createIndicator(prefix + "-MET", null, "Nye virksomheder", "UP", 300);
        int year = Api.unusedAccountYear();
        set(prefix + "-UP", year, 50000, 50500);
        set(prefix + "-DOWN", year, 4.5, 4.8);
        set(prefix + "-MET", year, 280, 310);

        JsonPath account = publish(year, "Vækstregnskab " + year,
                List.of(prefix + "-UP", prefix + "-DOWN", prefix + "-MET"));

        assertThat(line(account, prefix + "-UP").get("light")).isEqualTo("YELLOW");
        assertThat(line(account, prefix + "-DOWN").get("light")).isEqualTo("RED");
        assertThat(line(account, prefix + "-DOWN").get("change")).hasToString("0.3");
        assertThat(line(account, prefix + "-MET").get("light")).isEqualTo("GREEN");
    }

    @Test
    void shouldNotChangeAPublishedAccountWhenValuesChangeOrItIsPublishedAgain() {
        String code = unique("IMM");
        Api.createIndicator(code, null, "Arbejdspladser", "UP", null);
        int year = Api.unusedAccountYear();
        Api.setValue(code, year, 1000);
        publish(year, "Vækstregnskab " + year, List.of(code));

        Api.setValue(code, year, 2000);
        as(DIRECTOR).body(Map.of("year", year, "title", "Igen", "indicatorCodes", List.of(code)))
                .post("/growth-accounts").then().statusCode(409).contentType("application/problem+json");
        given().get("/growth-accounts/" + year).then().body("lines[0].value", equalTo(1000))
                .body("title", equalTo("Vækstregnskab " + year));
    }

    @Test
    void shouldNameTheDirectorToStaffAndTheDirectorateToTheAnonymousCaller() {
        String code = unique("WHO");
        Api.createIndicator(code, null, "Iværksættere", "UP", null);
        int year = Api.unusedAccountYear();
        Api.setValue(code, year, 42);
        assertThat(publish(year, "Vækstregnskab " + year, List.of(code)).getString("publishedBy"))
                .isEqualTo("lars.direktion");

        assertThat(as(DIRECTOR).get("/growth-accounts/" + year).then().statusCode(200).extract()
                .<String>path("publishedBy")).isEqualTo("lars.direktion");
        assertThat(given().get("/growth-accounts/" + year).then().statusCode(200).extract()
                .<String>path("publishedBy")).isEqualTo("Direktionen");
        assertThat(given().get("/growth-accounts").asString()).doesNotContain("lars.direktion");
    }

    @Test
    void shouldPublishGrowthAccountPublishedThroughTheOutbox() {
        String code = unique("EVT");
        Api.createIndicator(code, null, "Pendlere", "UP", null);
        int year = Api.unusedAccountYear();
        Api.setValue(code, year, 7);
        String id = publish(year, "Vækstregnskab " + year, List.of(code)).getString("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(KafkaTestClient
                .readAll(Topics.STRATEGY, m -> id.equals(m.key()))).singleElement().satisfies(m -> {
                    JsonPath envelope = new JsonPath(m.value());
                    assertThat(envelope.getString("type")).isEqualTo("GrowthAccountPublished");
                    assertThat(envelope.getInt("payload.year")).isEqualTo(year);
                    assertThat(envelope.getInt("payload.indicatorCount")).isEqualTo(1);
                }));
    }

    @Test
    void shouldRejectPublishingAnIndicatorWithoutAValueForTheYear() {
        String code = unique("NOV");
        Api.createIndicator(code, null, "Uden værdi", "UP", null);

        as(DIRECTOR).body(Map.of("year", 2039, "title", "Vækstregnskab", "indicatorCodes", List.of(code)))
                .post("/growth-accounts").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicatorCodes[0]"));
        given().get("/growth-accounts/2039").then().statusCode(404);
    }

    private static void set(String code, int year, Number previous, Number value) {
        Api.setValue(code, year - 1, previous);
        Api.setValue(code, year, value);
    }

    private static JsonPath publish(int year, String title, List<String> codes) {
        return as(DIRECTOR).body(Map.of("year", year, "title", title, "indicatorCodes", codes))
                .post("/growth-accounts").then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> line(JsonPath account, String code) {
        return account.getMap("lines.find { it.indicatorCode == '" + code + "' }");
    }
}
