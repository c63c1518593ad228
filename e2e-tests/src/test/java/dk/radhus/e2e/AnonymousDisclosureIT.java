package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.TestTokens;

/**
 * Part of the hostile campaign (issue 15), over every anonymous GET of the three services' OpenAPI documents
 * ({@link AnonymousReads}): what the public reads names no member of staff, and no CSV the suite writes, alone or in
 * a zip, holds a cell that a spreadsheet would run as a formula. The world is written by staff with user names found
 * nowhere else, and holds names that look like formulas: a committee, policy areas and a quality contract's service
 * area starting with {@code =}, {@code +}, {@code -} and {@code @}, and accounts with negative figures (a number must
 * stay a number). A growth account published by the director is part of it.
 */
class AnonymousDisclosureIT {

    private static final int YEAR = 2016;
    /** A cell a spreadsheet would run as a formula: OWASP's starting characters. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A number as the tables and the fiscal data package print it ("-254", "-1.234,5", "12 %"), or a lone "-". */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*\\s?%?|-");

    private static final String SUFFIX = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    private static final String SECRETARY_NAME = "sofie.sekretaer" + SUFFIX;
    private static final String FINANCE_NAME = "kim.kasserer" + SUFFIX;
    private static final String EDITOR_NAME = "eva.strategi" + SUFFIX;
    private static final String DIRECTOR_NAME = "dan.direktoer" + SUFFIX;
    private static final String SECRETARY = TestTokens.bearer(SECRETARY_NAME, Roles.SECRETARY);
    private static final String FINANCE = TestTokens.bearer(FINANCE_NAME, Roles.FINANCE);
    private static final String EDITOR = TestTokens.bearer(EDITOR_NAME, "strategy-editor");
    private static final String DIRECTOR = TestTokens.bearer(DIRECTOR_NAME, Roles.DIRECTOR);

    private static final Suite SUITE = Suite.get();
    private static World world;
    private static List<AnonymousReads.Read> reads;

    /** What the staff above wrote, and the pool of values the anonymous reads fill their parameters from. */
    private record World(String committee, String meeting, String item, String followUp, List<String> areaNames,
            Strategy.QualityFollowUp contract, List<String> pool, Map<String, String> query) {
    }

    @BeforeAll
    static void writeAsNamedStaff() {
        Meetings meetings = new Meetings(SUITE, SECRETARY);
        Budget budget = new Budget(SUITE, FINANCE);
        Strategy strategy = new Strategy(SUITE, EDITOR, DIRECTOR);

        String committee = Meetings.uniqueCode("ANON");
        meetings.committee(committee, "=1+1 Udvalget " + committee, "POLITICAL_COMMITTEE");
        String meeting = meetings.meeting(committee, YEAR + "-04-12T16:00:00", "Byrådssalen");
        Map<String, Object> item = Meetings.item(1, "Renovering af svømmehallen", "16/" + SUFFIX, null,
                "Administrationen indstiller, at renoveringen godkendes.", List.of());
        String itemId = meetings.addItem(meeting, item);
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        Map<String, Object> amended = new HashMap<>(item);
        amended.put("title", "Renovering af svømmehallen (rettet)");
        amended.put("amendmentReason", "Titlen var forkert");
        given().baseUri(SUITE.meetings.baseUri()).auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(amended)
                .put("/meetings/%s/items/%s".formatted(meeting, itemId)).then().statusCode(200);

        budget.openYear(YEAR);
        List<String> areaNames = List.of("+SUM(A1:A9) Administration", "@Kultur og fritid", "-2+3 Veje og parker",
                "=HYPERLINK(\"https://eksempel.invalid\") Skoler");
        List<String> areas = new ArrayList<>();
        for (String name : areaNames) {
            String area = Budget.uniqueAreaCode();
            budget.policyArea(area, name, committee);
            budget.entry(YEAR, area, "ORIGINAL", "1000", (YEAR - 1) + "-10-10", "Oprindeligt budget");
            given().baseUri(SUITE.budget.baseUri()).auth().oauth2(FINANCE).contentType(ContentType.JSON)
                    .body("{\"unit\": \"DKK_THOUSANDS\", \"amount\": -254.5}")
                    .put("/years/%d/accounts/%s".formatted(YEAR, area)).then().statusCode(200);
            areas.add(area);
        }
        String followUp = budget.followUp(committee, YEAR, 1, YEAR + "-03-31");
        budget.line(followUp, areas.get(0), "-100", "0", "-80");
        budget.line(followUp, areas.get(1), "50", "20", "1020");
        budget.submit(followUp);

        Strategy.QualityFollowUp contract = strategy.qualityContractFollowUp("=Sundhed og omsorg", 93,
                "@Sygefravær", "-Sygefraværet falder", YEAR, "Sygefraværet er faldet");

        String indicator = "ANON-" + SUFFIX;
        strategy.as(EDITOR).body(Map.of("code", indicator, "name", "Arbejdspladser", "unit", "antal",
                "source", "Danmarks Statistik", "direction", "UP", "baselineYear", 2010, "baselineValue", 100))
                .post("/indicators").then().statusCode(201);
        strategy.as(EDITOR).body(Map.of("value", 112)).put("/indicators/%s/values/%d".formatted(indicator, YEAR))
                .then().statusCode(200);
        strategy.as(DIRECTOR).body(Map.of("year", YEAR, "title", "Vækstregnskab " + YEAR, "indicatorCodes",
                List.of(indicator))).post("/growth-accounts").then().statusCode(201);

        List<String> pool = new ArrayList<>(List.of(committee, meeting, itemId, followUp, contract.contract(),
                contract.followUp(), Integer.toString(YEAR)));
        pool.addAll(areas);
        world = new World(committee, meeting, itemId, followUp, areaNames, contract, pool,
                Map.of("committee", committee, "year", Integer.toString(YEAR)));
    }

    @Test
    void shouldShowStaffNamesToStaffButNeverToTheAnonymousCaller() {
        assertThat(given().baseUri(SUITE.budget.baseUri()).auth().oauth2(FINANCE).get("/follow-ups/" + world.followUp)
                .then().statusCode(200).extract().<String>path("history[0].by")).isEqualTo(FINANCE_NAME);
        assertThat(given().baseUri(SUITE.budget.baseUri()).get("/follow-ups/" + world.followUp)
                .then().statusCode(200).extract().<String>path("history[0].by")).isEqualTo("Økonomiafdelingen");
        String history = "/meetings/%s/items/%s/history".formatted(world.meeting, world.item);
        assertThat(given().baseUri(SUITE.meetings.baseUri()).auth().oauth2(SECRETARY).get(history)
                .then().statusCode(200).extract().<String>path("[0].amendedBy")).isEqualTo(SECRETARY_NAME);
        assertThat(given().baseUri(SUITE.meetings.baseUri()).get(history)
                .then().statusCode(200).extract().<String>path("[0].amendedBy")).isEqualTo("Sekretariatet");
        assertThat(given().baseUri(SUITE.strategy.baseUri()).auth().oauth2(DIRECTOR)
                .get("/quality-contracts/" + world.contract.contract()).asString()).contains(EDITOR_NAME);
        assertThat(given().baseUri(SUITE.strategy.baseUri()).auth().oauth2(DIRECTOR).get("/growth-accounts/" + YEAR)
                .then().statusCode(200).extract().<String>path("publishedBy")).isEqualTo(DIRECTOR_NAME);

        List<String> names = List.of(SECRETARY_NAME, FINANCE_NAME, EDITOR_NAME, DIRECTOR_NAME);
        List<String> leaks = new ArrayList<>();
        int answered = 0;
        for (AnonymousReads.Read read : anonymousReads()) {
            answered += read.status() == 200 ? 1 : 0;
            names.stream().filter(read.body()::contains)
                    .forEach(name -> leaks.add(name + " in " + read.status() + " " + read.uri() + " (" + read.accept() + ")"));
        }

        assertThat(answered).as("anonymous reads answered 200").isGreaterThan(30);
        assertThat(leaks).as("staff user names in anonymous answers").isEmpty();
    }

    @Test
    void shouldWriteNoCellThatASpreadsheetRunsAsAFormulaInAnyCsvExport() {
        List<String> formulas = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        int files = 0;
        for (AnonymousReads.Read read : anonymousReads()) {
            if (read.status() != 200) {
                continue;
            }
            Map<String, String> csvFiles = new HashMap<>();
            if (read.contentType().startsWith("text/csv")) {
                csvFiles.put("", read.body());
            }
            read.files().forEach((name, content) -> {
                if (name.endsWith(".csv")) {
                    csvFiles.put(name, content);
                }
            });
            for (Map.Entry<String, String> file : csvFiles.entrySet()) {
                files++;
                for (String cell : cells(file.getValue())) {
                    cells.add(cell);
                    if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0
                            && !NUMBER.matcher(cell).matches()) {
                        formulas.add(cell + " in " + read.uri() + (file.getKey().isEmpty() ? "" : " " + file.getKey()));
                    }
                }
            }
        }

        assertThat(files).as("CSV files answered anonymously (tables and the fiscal data package)")
                .isGreaterThanOrEqualTo(3);
        assertThat(formulas).as("cells a spreadsheet would run as formulas").isEmpty();
        assertThat(cells).as("the formula-looking names, written as text").contains(
                world.areaNames.stream().map(name -> "'" + name).toArray(String[]::new));
        assertThat(cells).as("negative figures stay numbers").anyMatch(cell -> cell.startsWith("-2"));
    }

    /**
     * Every anonymous GET of every service, once the budget figures and the committee have reached every reader; read
     * once for both cases, since neither writes.
     */
    private static synchronized List<AnonymousReads.Read> anonymousReads() {
        if (reads == null) {
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(SUITE.budget.baseUri())
                    .get("/tables/accounts/%d/%s".formatted(YEAR, world.committee)).statusCode() == 200);
            List<AnonymousReads.Read> all = new ArrayList<>();
            for (ServiceProcess service : SUITE.all()) {
                all.addAll(AnonymousReads.all(service, world.pool, world.query));
            }
            reads = List.copyOf(all);
        }
        return reads;
    }

    /** The cells of a CSV file; its delimiter is the one its header line uses most (tables ';', data packages ','). */
    private static List<String> cells(String csv) {
        String header = csv.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<String> cells = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                    .parse(new StringReader(csv))) {
                record.forEach(cells::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
