package dk.radhus.portal;

import static dk.radhus.portal.Api.DIRECTOR;
import static dk.radhus.portal.Api.FINANCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The finance upload against the real budget-service: a draft follow-up of a committee whose policy area covers one
 * function; a file with bad lines is reported line by line with nothing stored, a good file runs as a job whose
 * progress the page polls, then the committee table shows the new spend.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class FinancePagesTest {

    private static final int YEAR = 2032;
    private static final String COMMITTEE = Api.unique("FU");

    private static String followUp;
    private static String function;
    private static String area;

    @BeforeEach
    void draftFollowUpOnce() {
        if (followUp != null) {
            return;
        }
        Api.committee(COMMITTEE, "Økonomiudvalget " + COMMITTEE);
        int status = Api.service("budget", FINANCE).body(Map.of("year", YEAR)).post("/fiscal-years").statusCode();
        assertThat(status).isIn(201, 409);
        int n = 10000 + (int) (Math.random() * 89999);
        area = Integer.toString(800000 + n % 99999);
        function = "%d.%02d.%02d".formatted(n / 10000, n / 100 % 100, n % 100);
        Api.service("budget", FINANCE).body(Map.of("code", area, "name", "Område " + COMMITTEE,
                "committeeCode", COMMITTEE)).post("/policy-areas").then().statusCode(201);
        Api.service("budget", FINANCE).body(Map.of("from", function, "to", function))
                .post("/policy-areas/" + area + "/functions").then().statusCode(201);
        Api.service("budget", FINANCE).body(Map.of("kind", "ORIGINAL", "unit", "DKK_THOUSANDS", "amount", 1000,
                "date", (YEAR - 1) + "-10-13", "text", "Vedtaget budget"))
                .post("/years/" + YEAR + "/budgets/" + area + "/entries").then().statusCode(201);
        followUp = Api.service("budget", FINANCE).body(Map.of("committeeCode", COMMITTEE, "fiscalYear", YEAR,
                "round", 1, "cutOffDate", YEAR + "-03-31")).post("/follow-ups").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldOfferTheDraftFollowUpsInALabelledForm() {
        Document page = Api.page("/okonomi", FINANCE);

        assertThat(page.select("h1").text()).isEqualTo("Indlæs kontolinjer i en budgetopfølgning");
        assertThat(page.select("#opfoelgning option[value=" + followUp + "]").text())
                .isEqualTo("Økonomiudvalget " + COMMITTEE + ": 1. opfølgning " + YEAR + ", pr. 31. marts " + YEAR);
        assertThat(page.select("form[enctype=multipart/form-data][method=post][action=/okonomi/upload]")).hasSize(1);
        assertThat(page.select("label[for=fil]").text()).isEqualTo("CSV-fil");
        assertThat(page.select("fieldset legend").text()).isEqualTo("Beløbenes enhed");
    }

    @Test
    void shouldReportEveryBadLineThenApplyAGoodFileAndShowTheNewTable() {
        String bad = """
                funktion;dranst;art;beløb;tekst
                %s;1;5.9;250.000,00;Løn
                %s;1;5.9;mange penge;Forkert beløb
                9.99.99;1;5.9;10,00;Ukendt funktion
                """.formatted(function, function);
        Document rejected = finished(upload(bad));
        assertThat(rejected.select("#status-tekst").text()).isEqualTo("Afvist");
        assertThat(rejected.select("#afviste").text()).startsWith("Filen er ikke indlæst");
        assertThat(rejected.select("#afviste-linjer tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rejected.select("#afviste-linjer tbody tr td:eq(0)").eachText()).contains("3", "4");
        assertThat(rejected.select("#afviste-linjer tbody tr").eachText()).anySatisfy(row ->
                assertThat(row).startsWith("3 beløb "));
        assertThat(spend()).isZero();

        String good = """
                funktion;dranst;art;beløb;tekst
                %s;1;5.9;250.000,00;Løn
                %s;1;5.9;-25.000,00;Tilbagebetaling af tilskud
                """.formatted(function, function);
        String location = upload(good);
        String uploadId = location.substring(location.lastIndexOf('/') + 1);
        JsonPath progress = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(FINANCE).get("/okonomi/upload/" + uploadId + "/status").then()
                        .statusCode(200).extract().jsonPath(), p -> p.getBoolean("done"));
        assertThat(progress.getString("status")).isEqualTo("COMPLETED");
        assertThat(progress.getInt("doneLines")).isEqualTo(progress.getInt("totalLines"));
        assertThat(progress.getInt("percent")).isEqualTo(100);

        Document done = Api.page(location, FINANCE);
        assertThat(done.select("#status-tekst").text()).isEqualTo("Indlæst");
        assertThat(done.select("progress#fremdriftslinje").attr("value")).isEqualTo("100");
        assertThat(done.select("label[for=fremdriftslinje]")).hasSize(1);
        assertThat(done.select("#afviste-linjer")).isEmpty();
        assertThat(done.select(".budgettabel caption").text()).isEqualTo("Tabel 1: Budgetoversigt");
        assertThat(done.select(".budgettabel tr.line td").eachText()).containsExactly(area + " Område " + COMMITTEE,
                "1.000", "1.000", "225", "23", "0", "1.000", "0");
        assertThat(done.select("noscript, script")).isEmpty();
        assertThat(spend()).isEqualTo(225);

        String again = upload(good);
        assertThat(again).endsWith("?dublet=true");
        assertThat(Api.page(again, FINANCE).select("p.besked").text()).startsWith("Filen var allerede indlæst");
        assertThat(spend()).isEqualTo(225);
    }

    @Test
    void shouldRefuseAnIncompleteFormAndCrossSitePosts() {
        String page = finance().header("Origin", "http://localhost:" + RestAssured.port)
                .multiPart("opfoelgning", followUp).multiPart("enhed", "DKK")
                .post("/okonomi/upload").then().statusCode(400).extract().asString();
        assertThat(page).contains("Vælg en CSV-fil med kontolinjer.");

        finance().header("Origin", "https://ondsindet.example").multiPart("opfoelgning", followUp)
                .multiPart("enhed", "DKK").multiPart("fil", "konto.csv", "funktion;dranst;beløb\n".getBytes(
                        StandardCharsets.UTF_8), "text/csv")
                .post("/okonomi/upload").then().statusCode(403);
    }

    @Test
    void shouldKeepTheFinancePageFromDirectors() {
        String page = given().auth().oauth2(DIRECTOR).get("/okonomi").then().statusCode(403).extract().asString();
        assertThat(page).contains("<h1>Ingen adgang</h1>");
    }

    private static RequestSpecification finance() {
        return given().auth().oauth2(FINANCE).redirects().follow(false);
    }

    /** Posts the form like a browser; returns where the portal sends the user (the upload's page). */
    private static String upload(String csv) {
        return finance().multiPart("opfoelgning", followUp).multiPart("enhed", "DKK")
                .multiPart("fil", "konto.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/okonomi/upload").then().statusCode(303).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "");
    }

    private static Document finished(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.page(location, FINANCE), page -> !"Indlæses".equals(page.select("#status-tekst").text()));
    }

    /** The follow-up's spend to date in 1.000 kr., straight from budget-service. */
    private static int spend() {
        JsonPath json = Api.service("budget", FINANCE).get("/follow-ups/" + followUp).then().statusCode(200)
                .extract().jsonPath();
        return json.getList("lines").isEmpty() ? 0 : json.getInt("totals.spendToDate");
    }
}
