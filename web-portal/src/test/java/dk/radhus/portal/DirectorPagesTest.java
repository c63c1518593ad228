package dk.radhus.portal;

import static dk.radhus.portal.Api.DIRECTOR;
import static dk.radhus.portal.Api.EDITOR;
import static dk.radhus.portal.Api.FINANCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The directors' pages against the real strategy- and budget-service, with a known data set: Byudvikling has a green,
 * a red and a stale yellow initiative, Erhverv a stale green and a fresh green one; one indicator with three yearly
 * values under a theme and one without a theme; a quality contract; a committee's submitted follow-up whose forecast
 * overspends and whose spend runs ahead of the calendar (budget status red with two reported deviations, reached
 * strategy-service through Kafka).
 */
@QuarkusTest
@WithTestResource(Backends.class)
class DirectorPagesTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String COMMITTEE = Api.unique("DB");
    private static final String INDICATOR = Api.unique("IND");
    private static final String UNTHEMED = Api.unique("UT");

    private static String red;
    private static String area;

    @BeforeEach
    void knownDataSetOnce() {
        if (red != null) {
            return;
        }
        String policy = strategy("/policies", Map.of("title", "Vækstpolitik 2018-2022", "periodStart", 2018,
                "periodEnd", 2022, "owner", "BYC"));
        String byudvikling = strategy("/policies/" + policy + "/focus-areas", Map.of("title", "Byudvikling"));
        String erhverv = strategy("/policies/" + policy + "/focus-areas", Map.of("title", "Erhverv"));
        String byer = strategy("/focus-areas/" + byudvikling + "/goals", Map.of("title", "Attraktive byer"));
        String rammer = strategy("/focus-areas/" + erhverv + "/goals", Map.of("title", "Rammer for virksomheder"));
        initiative(byer, "1.1", "Byfornyelse", "BYC", "GREEN", TODAY.minusDays(5));
        red = initiative(byer, "1.2", "Ny bydel ved stationen", "BYC", "YELLOW", TODAY.minusDays(20));
        Api.service("strategy", EDITOR).body(Map.of("light", "RED", "narrative", "Afventer ledningsejere",
                "asOf", TODAY.minusDays(2).toString())).post("/initiatives/" + red + "/status").then().statusCode(200);
        initiative(byer, "1.3", "Trafikplan", "TMC", "YELLOW", TODAY.minusDays(200));
        initiative(rammer, "2.1", "Erhvervsservice", "BAC", "GREEN", TODAY.minusDays(150));
        initiative(rammer, "2.2", "Iværksætterhus", "ISC", "GREEN", TODAY);

        String theme = strategy("/indicator-themes", Map.of("title", "Bolig- og befolkningsudvikling", "position", 1));
        indicator(INDICATOR, theme, "Indbyggertal", 55000);
        value(INDICATOR, 2017, 49000);
        value(INDICATOR, 2018, 50000);
        value(INDICATOR, 2019, 50500);
        indicator(UNTHEMED, null, "Antal virksomheder", null);
        value(UNTHEMED, 2019, 1200);

        String contract = strategy("/quality-contracts", Map.of("serviceArea", "Borgerservice og administration",
                "contractYear", 2012, "number", 1, "heading", "Responstid ved telefoniske henvendelser",
                "overallObjective", "Kort ventetid"));
        strategy("/quality-contracts/" + contract + "/follow-ups", Map.of("year", 2012, "statusText", "Nået",
                "light", "GREEN"));

        overspendingFollowUp();
    }

    @Test
    void shouldShowTheKnownCountsWithTheLightsInWords() {
        Document page = Api.page("/direktion", DIRECTOR);

        assertThat(page.select("h1").text()).isEqualTo("Direktionens overblik");
        assertThat(page.select("#i-alt").text()).isEqualTo("Status for alle indsatser: Rød");
        assertThat(counts(page)).isEqualTo(Map.of("roed", "1", "gul", "1", "groen", "3", "foraeldede", "2",
                "i-alt", "5"));
        assertThat(page.select("#status-i-alt dt").eachText()).containsExactly("Rød", "Gul", "Grøn", "Forældede",
                "I alt");
        assertThat(page.select("#fokusomraade-tabel tbody tr").eachText()).containsExactly(
                "Byudvikling Vækstpolitik 2018-2022 Rød 1 1 1 1 3",
                "Erhverv Vækstpolitik 2018-2022 Grøn 0 0 2 1 2");
        assertThat(page.select("#fokusomraade-tabel tbody .lys")).allSatisfy(mark ->
                assertThat(mark.attr("aria-hidden")).isEqualTo("true"));
    }

    @Test
    void shouldListRedAndStaleInitiativesWithOwnerAndNarrative() {
        Document page = Api.page("/direktion", DIRECTOR);

        assertThat(page.select("#roede-tabel tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.select("th a").attr("href")).isEqualTo("/direktion/indsatser/" + red);
            assertThat(row.select("td").eachText()).containsExactly("BYC", "Byudvikling", "Rød",
                    "Afventer ledningsejere", danish(TODAY.minusDays(2)));
        });
        assertThat(page.select("#foraeldede-tabel tbody tr th").eachText()).containsExactly("1.3 Trafikplan",
                "2.1 Erhvervsservice");
        assertThat(page.select("#foraeldede-tabel tbody tr td:eq(1)").eachText()).containsExactly("TMC", "BAC");
    }

    @Test
    void shouldShowBudgetStatusAgainstTheShareOfTheYearPassed() {
        Element row = Api.page("/direktion", DIRECTOR).select("#budget-tabel tbody tr")
                .stream().filter(r -> r.select("th a").attr("href").equals("/direktion/budget/" + COMMITTEE))
                .findFirst().orElseThrow();

        assertThat(row.select("th").text()).isEqualTo("Direktionsudvalget " + COMMITTEE);
        assertThat(row.select("td").eachText()).containsExactly("2. opfølgning 2011, pr. 31. marts 2011",
                "10.000 1.000 kr.", "6.000", "60 % (foran kalenderen)", "24,7 %", "11.000", "-1.000 Merforbrug",
                "Rød (2 afvigelser)");
    }

    @Test
    void shouldShowQualityContractsAndWhatChangedSinceTheLastVisit() {
        Response first = given().auth().oauth2(DIRECTOR).get("/direktion").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().response();
        Document firstPage = Jsoup.parse(first.asString());
        assertThat(firstPage.select("#kvalitet-tabel tbody tr").eachText()).containsExactly(
                "Borgerservice og administration 2012 1. Responstid ved telefoniske henvendelser 2012 Grøn");
        assertThat(firstPage.select("#aendringer p").text()).startsWith("Dette er dit første besøg");
        Map.Entry<String, String> cookie = first.getCookies().entrySet().stream()
                .filter(c -> c.getKey().startsWith("radhus_besoeg_")).findFirst().orElseThrow();
        assertThat(cookie.getValue()).isEqualTo(TODAY.toString());

        Api.service("strategy", EDITOR).body(Map.of("light", "GREEN", "narrative", "Kontrakt underskrevet",
                "asOf", TODAY.toString())).post("/initiatives/" + red + "/status").then().statusCode(200);
        Document again = Jsoup.parse(given().auth().oauth2(DIRECTOR).cookie(cookie.getKey(), cookie.getValue())
                .get("/direktion").then().statusCode(200).extract().asString());
        Api.service("strategy", EDITOR).body(Map.of("light", "RED", "narrative", "Afventer ledningsejere igen",
                "asOf", TODAY.toString())).post("/initiatives/" + red + "/status").then().statusCode(200);

        assertThat(again.select("#aendringer p").text()).startsWith("Siden " + danish(TODAY) + ":");
        assertThat(Integer.parseInt(again.select("[data-antal=aendringer]").text())).isGreaterThanOrEqualTo(2);
        assertThat(again.select("ul.aendringer li").eachText()).anySatisfy(change ->
                assertThat(change).contains("anne.byc"));
    }

    @Test
    void shouldDrawALineChartPerIndicatorGroupedByTheme() {
        Document page = Api.page("/direktion/indikatorer", DIRECTOR);

        assertThat(page.select("section.tema > h2").eachText()).containsSubsequence("Bolig- og befolkningsudvikling",
                "Øvrige indikatorer");
        Element chart = page.getElementById("graf-" + INDICATOR.toLowerCase());
        assertThat(chart.closest("section.tema").selectFirst("h2").text()).isEqualTo("Bolig- og befolkningsudvikling");
        assertThat(chart.select("svg circle.punkt")).hasSize(3).allSatisfy(point ->
                assertThat(point.attr("tabindex")).isEqualTo("0"));
        assertThat(chart.select("svg circle.punkt title").eachText()).containsExactly("2017: 49.000 antal",
                "2018: 50.000 antal", "2019: 50.500 antal");
        assertThat(chart.select("svg polyline.serie").attr("points").split(" ")).hasSize(3);
        assertThat(chart.select("g.nulpunkt text").text()).isEqualTo("0-punkt 2017: 100 antal");
        assertThat(chart.select("g.maal text").text()).isEqualTo("Mål 2022: 55.000 antal");
        assertThat(chart.select(".skjult table tbody tr").eachText()).containsExactly("2017 49.000", "2018 50.000",
                "2019 50.500");
        Element unthemed = page.getElementById("graf-" + UNTHEMED.toLowerCase());
        assertThat(unthemed.closest("section.tema").selectFirst("h2").text()).isEqualTo("Øvrige indikatorer");
        assertThat(unthemed.select("svg circle.punkt")).hasSize(1);
    }

    @Test
    void shouldDrillDownIntoAnInitiativesHistoryAndACommitteesTable() {
        Document initiative = Api.page("/direktion/indsatser/" + red, DIRECTOR);
        assertThat(initiative.select("h1").text()).isEqualTo("1.2 Ny bydel ved stationen");
        List<String> rows = initiative.select("#historik tbody tr").eachText();
        assertThat(rows.get(rows.size() - 1)).startsWith(danish(TODAY.minusDays(20)) + " Gul Status for 1.2");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(danish(TODAY.minusDays(2))
                + " Gul → Rød Afventer ledningsejere anne.byc"));

        Document budget = Api.page("/direktion/budget/" + COMMITTEE, DIRECTOR);
        assertThat(budget.select("h1").text()).isEqualTo("Budgetopfølgning: Direktionsudvalget " + COMMITTEE);
        assertThat(budget.select("[aria-current=page]").text())
                .isEqualTo("2. opfølgning 2011 (Indsendt), pr. 31. marts 2011");
        assertThat(budget.select(".budgettabel caption").text()).isEqualTo("Tabel 1: Budgetoversigt");
        assertThat(budget.select(".budgettabel tr.line").text()).isEqualTo(area + " Område " + COMMITTEE
                + " 10.000 10.000 6.000 60 0 10.000 11.000");
        assertThat(budget.select(".budgettabel script, .budgettabel [onclick]")).isEmpty();
    }

    @Test
    void shouldShowEveryoneTheSubmittedFollowUpsTable1ButNoDraft() {
        String draft = Api.service("budget", FINANCE).body(Map.of("committeeCode", COMMITTEE, "fiscalYear", 2011,
                "round", 3, "cutOffDate", "2011-08-31")).post("/follow-ups").then().statusCode(201)
                .extract().path("id");

        Document list = Api.page("/budget");
        assertThat(list.select("a[href=/budget/" + COMMITTEE + "]").text())
                .isEqualTo("Direktionsudvalget " + COMMITTEE);
        assertThat(list.select("li:has(a[href=/budget/" + COMMITTEE + "])").text())
                .endsWith("seneste: 2. opfølgning 2011, pr. 31. marts 2011");

        Document page = Api.page("/budget/" + COMMITTEE);
        Document directors = Api.page("/direktion/budget/" + COMMITTEE, DIRECTOR);
        assertThat(page.select("h1").text()).isEqualTo("Budgetopfølgning: Direktionsudvalget " + COMMITTEE);
        assertThat(page.select(".budgettabel tr").eachText()).isNotEmpty()
                .isEqualTo(directors.select(".budgettabel tr").eachText());
        assertThat(page.select("[aria-current=page]").text())
                .isEqualTo("2. opfølgning 2011 (Indsendt), pr. 31. marts 2011");
        assertThat(directors.html()).contains(draft);
        assertThat(page.html()).doesNotContain(draft, "Kladde", "/direktion");
        given().get("/budget/" + COMMITTEE + "?opfoelgning=" + draft).then().statusCode(404);
        given().get("/budget/FINDESIKKE").then().statusCode(404);
    }

    @Test
    void shouldKeepStaffPagesFromOthers() {
        String forbidden = given().auth().oauth2(FINANCE).get("/direktion").then().statusCode(403)
                .extract().asString();
        assertThat(forbidden).contains("<h1>Ingen adgang</h1>");

        String login = given().redirects().follow(false).get("/direktion").then().statusCode(302)
                .extract().header("Location");
        String keycloak = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        assertThat(login).startsWith(keycloak + "/protocol/openid-connect/auth?")
                .contains("client_id=radhus-portal", "response_type=code", "scope=openid+profile",
                        "redirect_uri=http%3A%2F%2Flocalhost%3A", "%2Fdirektion", "code_challenge_method=S256");
    }

    private static Map<String, String> counts(Document page) {
        Map<String, String> counts = new HashMap<>();
        page.select("#status-i-alt [data-antal]").forEach(dd -> counts.put(dd.attr("data-antal"), dd.text()));
        return counts;
    }

    private static String danish(LocalDate date) {
        return dk.radhus.portal.view.Danish.date(date);
    }

    private static String strategy(String path, Map<String, Object> body) {
        return Api.service("strategy", EDITOR).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String initiative(String goal, String reference, String title, String department, String light,
            LocalDate asOf) {
        return strategy("/goals/" + goal + "/initiatives", Map.of("reference", reference, "title", title,
                "description", "Beskrivelse af " + title, "departmentCode", department, "partners", "Erhvervsrådet",
                "startDate", "2018-01-01", "endDate", "2022-12-31", "light", light,
                "narrative", "Status for " + reference, "statusAsOf", asOf.toString()));
    }

    private static void indicator(String code, String theme, String name, Integer target) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "unit", "antal",
                "source", "Danmarks Statistik", "direction", "UP", "baselineYear", 2017, "baselineValue", 100));
        if (theme != null) {
            body.put("themeId", theme);
        }
        if (target != null) {
            body.put("targetValue", target);
            body.put("targetYear", 2022);
        }
        Api.service("strategy", EDITOR).body(body).post("/indicators").then().statusCode(201);
    }

    private static void value(String code, int year, int value) {
        Api.service("strategy", EDITOR).body(Map.of("value", value)).put("/indicators/" + code + "/values/" + year)
                .then().statusCode(200);
    }

    /** Corrected budget 10.000, spend 6.000 by 31 March, forecast 11.000: an overspend of 1.000 (in 1.000 kr.). */
    private static void overspendingFollowUp() {
        Api.committee(COMMITTEE, "Direktionsudvalget " + COMMITTEE);
        int status = Api.service("budget", FINANCE).body(Map.of("year", 2011)).post("/fiscal-years").statusCode();
        assertThat(status).isIn(201, 409);
        area = Integer.toString(700000 + (int) (Math.random() * 99999));
        Api.service("budget", FINANCE).body(Map.of("code", area, "name", "Område " + COMMITTEE,
                "committeeCode", COMMITTEE)).post("/policy-areas").then().statusCode(201);
        Api.service("budget", FINANCE).body(Map.of("kind", "ORIGINAL", "unit", "DKK_THOUSANDS", "amount", 10000,
                "date", "2010-10-13", "text", "Vedtaget budget")).post("/years/2011/budgets/" + area + "/entries")
                .then().statusCode(201);
        String followUp = Api.service("budget", FINANCE).body(Map.of("committeeCode", COMMITTEE, "fiscalYear", 2011,
                "round", 2, "cutOffDate", "2011-03-31")).post("/follow-ups").then().statusCode(201)
                .extract().path("id");
        Api.service("budget", FINANCE).body(Map.of("unit", "DKK_THOUSANDS", "spendToDate", 6000,
                "requestedAppropriation", 0, "forecast", 11000))
                .put("/follow-ups/" + followUp + "/lines/" + area).then().statusCode(200);
        Api.service("budget", FINANCE).post("/follow-ups/" + followUp + "/submit").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                Api.service("strategy", DIRECTOR).queryParam("committee", COMMITTEE).get("/dashboard/budget-status")
                        .then().extract().jsonPath().getList("committeeCode").contains(COMMITTEE));
    }
}
