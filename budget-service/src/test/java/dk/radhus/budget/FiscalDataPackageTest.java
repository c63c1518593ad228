package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/** A year exported as a Fiscal Data Package: approved, adjusted and executed phases, functional classification. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class FiscalDataPackageTest {

    @Test
    void shouldExportTheYearWithPhasesFunctionsAndTheThousandsFactor() throws IOException {
        int year = BudgetFixtures.privateYear();
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String function = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(area, function, function);
        BudgetFixtures.entry(year, area, "ORIGINAL", "350", year - 1 + "-10-01");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"unit\": \"DKK\", \"amount\": 254000}")
                .put("/years/%d/accounts/%s".formatted(year, area)).then().statusCode(200);

        byte[] zip = given().get("/years/%d/fiscal-data-package".formatted(year)).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();

        Map<String, String> files = unzip(zip);
        JsonNode descriptor = new ObjectMapper().readTree(files.get("datapackage.json"));
        assertThat(descriptor.get("profile").asText()).isEqualTo("fiscal-data-package");
        assertThat(descriptor.at("/model/measures/amount/factor").asInt()).isEqualTo(1000);
        assertThat(descriptor.at("/model/measures/amount/currency").asText()).isEqualTo("DKK");
        assertThat(descriptor.at("/model/dimensions/functional-classification/classificationType").asText())
                .isEqualTo("functional");
        String mainFunction = function.substring(0, 4);
        assertThat(files.get("budget.csv").lines()).containsExactly(
                "fiscal_year,phase,policy_area_code,policy_area_name,committee_code,main_account,main_function,"
                        + "functions,function,budget_type,main_type,type,direction,amount",
                "%d,approved,%s,Område %s,%s,%s,%s,%s,,,,,expenditure,350".formatted(year, area, area, committee,
                        function.substring(0, 1), mainFunction, function),
                "%d,adjusted,%s,Område %s,%s,%s,%s,%s,,,,,expenditure,350".formatted(year, area, area, committee,
                        function.substring(0, 1), mainFunction, function),
                "%d,executed,%s,Område %s,%s,%s,%s,%s,,,,,expenditure,254".formatted(year, area, area, committee,
                        function.substring(0, 1), mainFunction, function));
    }

    @Test
    void shouldExportUploadedAccountsByFunctionAndArtWithTheirDirection() throws IOException {
        int year = BudgetFixtures.privateYear();
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String function = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(area, function, function);
        BudgetFixtures.entry(year, area, "ORIGINAL", "350", year - 1 + "-10-01");
        given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK").body("""
                funktion;dranst;art;beløb
                %1$s;1;1.0;280.000
                %1$s;1;5.9;-1.000
                %1$s;1;7.9;-30.000
                %1$s;1;;5.000
                """.formatted(function).getBytes(StandardCharsets.UTF_8))
                .post("/uploads/accounts/" + year).then().statusCode(201);

        Map<String, String> files = unzip(given().get("/years/%d/fiscal-data-package".formatted(year)).then()
                .statusCode(200).extract().asByteArray());

        JsonNode descriptor = new ObjectMapper().readTree(files.get("datapackage.json"));
        assertThat(descriptor.at("/model/dimensions/economic-classification/classificationType").asText())
                .isEqualTo("economic");
        assertThat(descriptor.at("/model/measures/amount/direction").isMissingNode()).isTrue();
        List<String> executed = files.get("budget.csv").lines().filter(l -> l.contains(",executed,"))
                .map(l -> l.substring(l.indexOf(function + ",") + function.length() + 1)).toList();
        assertThat(executed).containsExactly(
                function + ",1,,,expenditure,5",
                function + ",1,1,1.0,expenditure,280",
                function + ",1,5,5.9,expenditure,-1",
                function + ",1,7,7.9,revenue,-30");
        assertThat(executed.stream().map(l -> new BigDecimal(l.substring(l.lastIndexOf(',') + 1)))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("254");
    }

    @Test
    void shouldQuoteFormulaLookingTextButKeepNegativeAmountsAsNumbersInEveryCsv() throws IOException {
        int year = BudgetFixtures.privateYear();
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.areaCode();
        String formula = "=HYPERLINK(\\\"http://x.invalid\\\";\\\"Klik\\\")";
        BudgetFixtures.policyArea(area, formula, committee);
        BudgetFixtures.entry(year, area, "ORIGINAL", "-1200.5", year - 1 + "-10-01");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"unit\": \"DKK\", \"amount\": -254000}")
                .put("/years/%d/accounts/%s".formatted(year, area)).then().statusCode(200);

        String csv = unzip(given().get("/years/%d/fiscal-data-package".formatted(year)).then().statusCode(200)
                .extract().asByteArray()).get("budget.csv");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line)
                .contains(",\"'=HYPERLINK(\"\"http://x.invalid\"\";\"\"Klik\"\")\",")
                .doesNotContain(",=", ",\"="));
        assertThat(csv.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)))
                .containsExactly("-1200.5", "-1200.5", "-254");

        String table = given().accept("text/csv").get("/tables/accounts/%d/%s".formatted(year, committee)).then()
                .statusCode(200).extract().asString();
        assertThat(table).contains(";-1.201;0;0;-1.201;-254;-947").doesNotContain(";=", ";\"=", "\n=", "\n\"=");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
