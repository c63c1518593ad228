package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.radhus.local.demo.Api;
import dk.radhus.local.demo.DemoUser;

/**
 * The web portal of the stack that {@code ./run-local.sh} started, used the way people use it: in Debian's headless
 * Chromium, logging in on Keycloak's own login form (authorization-code flow), with the demo data (the benchmark data
 * set comes after, in {@link PortalBenchmarkIT}). Every page visited is saved as a screenshot in
 * {@code target/screenshots/}.
 */
@Tag("local-stack")
@Order(2)
class PortalBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LIGHT_WORDS = Map.of("RED", "Rød", "YELLOW", "Gul", "GREEN", "Grøn");
    private static StackUnderTest stack;
    private static String portal;

    @BeforeAll
    static void useTheStack() {
        stack = StackUnderTest.started();
        portal = stack.url("PORTAL");
    }

    @Test
    void shouldLogADirectorInThroughKeycloakAndShowTheDashboardsCountsAndOneChartPointPerYear() {
        JsonNode dashboard = stack.api.get("strategy-service", "/dashboard", DemoUser.DIRECTOR).require().json();
        try (Browser browser = Browser.open()) {
            browser.get(portal + "/");
            browser.screenshot("forside");
            browser.follow(browser.driver.findElement(By.linkText("Log ind (medarbejdere)")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-login")));
            browser.screenshot("log-ind-keycloak");
            browser.logInOnKeycloak(stack, DemoUser.DIRECTOR);

            assertThat(browser.driver.getCurrentUrl()).isEqualTo(portal + "/direktion");
            JsonNode overall = dashboard.path("overall");
            assertThat(counts(browser)).containsExactly(1, 4, 4, 9, 9).containsExactly(overall.path("red").asInt(),
                    overall.path("yellow").asInt(), overall.path("green").asInt(), overall.path("stale").asInt(),
                    overall.path("total").asInt());
            assertThat(browser.find("#i-alt").getText()).isEqualTo("Status for alle indsatser: Rød");
            Map<String, String> focusAreas = new LinkedHashMap<>();
            dashboard.path("focusAreas").forEach(area -> focusAreas.put(area.path("title").asText(),
                    LIGHT_WORDS.get(area.path("light").asText())));
            assertThat(focusAreas).containsExactly(Map.entry("Byudvikling", "Gul"), Map.entry("Erhverv", "Rød"));
            for (WebElement row : browser.driver.findElements(By.cssSelector("#fokusomraade-tabel tbody tr"))) {
                String area = row.findElement(By.tagName("th")).getText();
                assertThat(row.findElements(By.tagName("td")).get(1).getText()).as(area).isEqualTo(focusAreas.get(area));
            }
            JsonNode red = dashboard.path("redInitiatives").get(0);
            WebElement redRow = browser.find("#roede-tabel tbody tr");
            assertThat(redRow.getText()).contains(red.path("reference").asText(), red.path("title").asText(),
                    red.path("departmentCode").asText(), red.path("narrative").asText(), "Rød");
            assertThat(browser.find("#budget-tabel tbody").getText()).contains("Borger- og Erhvervsudvalget",
                    "2. opfølgning 2011, pr. 31. marts 2011");
            browser.screenshot("direktion-overblik");

            browser.follow(redRow.findElement(By.tagName("a")));
            assertThat(browser.find("h1").getText()).isEqualTo(red.path("reference").asText() + " "
                    + red.path("title").asText());
            assertThat(browser.find("#historik tbody").getText()).contains(red.path("narrative").asText());
            browser.screenshot("direktion-indsats");

            browser.get(portal + "/direktion");
            browser.follow(browser.driver.findElement(By.linkText("Borger- og Erhvervsudvalget")));
            assertThat(rowCells(browser, ".budgettabel table", "881 Borger og erhvervsudvalget"))
                    .containsExactly("881 Borger og erhvervsudvalget", "355", "353", "-25", "-", "0", "353", "353");
            browser.screenshot("direktion-budget");

            browser.get(portal + "/direktion");
            browser.follow(browser.driver.findElement(By.linkText("udviklingen i vækstregnskabets indikatorer")));
            JsonNode trends = dashboard.path("indicatorTrends");
            assertThat(trends).hasSize(19);
            assertThat(browser.driver.findElements(By.cssSelector("figure.graf"))).hasSize(trends.size());
            for (JsonNode trend : trends) {
                assertThat(browser.driver.findElements(By.cssSelector("#" + chartId(trend) + " circle.punkt")))
                        .as(trend.path("code").asText()).hasSize(trend.path("series").size());
            }
            WebElement firstChart = browser.find("figure.graf");
            JsonNode firstTrend = null;
            for (JsonNode trend : trends) {
                if (firstChart.getAttribute("id").equals(chartId(trend))) {
                    firstTrend = trend;
                }
            }
            assertThat(firstTrend).as(firstChart.getAttribute("id")).isNotNull();
            JsonNode series = firstTrend.path("series");
            List<WebElement> points = firstChart.findElements(By.cssSelector("circle.punkt"));
            new Actions(browser.driver).moveToElement(points.get(points.size() - 1)).perform();
            WebElement tip = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.className("graf-tip")));
            assertThat(tip.getText()).isEqualTo(points.get(points.size() - 1).getAttribute("aria-label"))
                    .startsWith(series.get(series.size() - 1).path("year").asText() + ": ");
            browser.screenshot("direktion-indikatorer");
        }
    }

    @Test
    void shouldShowTheComingMeetingsTheLatestMinutesASearchBoxAndTheNewestGrowthAccountOnTheFrontPage() {
        JsonNode accounts = stack.api.get("strategy-service", "/growth-accounts", DemoUser.DIRECTOR).require().json();
        JsonNode newest = null;
        for (JsonNode account : accounts) {
            newest = newest == null || account.path("year").asInt() > newest.path("year").asInt() ? account : newest;
        }
        assertThat(newest).as("the demo's growth accounts").isNotNull();
        try (Browser browser = Browser.open()) {
            browser.get(portal + "/");

            assertThat(browser.driver.findElements(By.cssSelector("section.kommende li a"))).isNotEmpty()
                    .allMatch(a -> a.getText().startsWith("Dagsorden: "));
            assertThat(browser.driver.findElements(By.cssSelector("section.seneste li a"))).isNotEmpty()
                    .allMatch(a -> a.getText().matches("(Referat|Dagsorden): .+"));
            assertThat(browser.find("section.noegletal h2").getText())
                    .isEqualTo("Nøgletal: " + newest.path("title").asText());
            assertThat(browser.driver.findElements(By.cssSelector("section.noegletal figure.graf svg polyline.serie")))
                    .hasSize(newest.path("lines").size());

            browser.find("#q").sendKeys("budgetopfølgning");
            browser.follow(browser.find("form.soegefelt button"));
            assertThat(browser.driver.getCurrentUrl()).contains("/soeg?q=budgetopf");
        }
    }

    @Test
    void shouldReachThePortalsMainLinksAndTheChartPointsWithTheTabKey() {
        try (Browser browser = Browser.open()) {
            browser.get(portal + "/");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                WebElement focused = browser.focused();
                reached.add("input".equals(focused.getTagName()) ? "#" + focused.getAttribute("id") : focused.getText());
            }
            assertThat(reached).containsExactly("Gå til indholdet", "Rådhus", "Udvalg", "Mødekalender", "Søg",
                    "Log ind (medarbejdere)", "#q", "Søg");

            browser.get(portal + "/");
            new Actions(browser.driver).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
            assertThat(browser.focused().getAttribute("id")).isEqualTo("indhold");

            browser.get(portal + "/direktion/indikatorer");
            browser.logInOnKeycloak(stack, DemoUser.DIRECTOR);
            List<WebElement> points = browser.driver.findElements(By.cssSelector("figure.graf circle.punkt"));
            WebElement focused = browser.focused();
            for (int presses = 0; presses < 30 && !"punkt".equals(focused.getAttribute("class")); presses++) {
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                focused = browser.focused();
            }
            assertThat(focused).isEqualTo(points.get(0));
            assertThat(browser.find(".graf-tip").getText()).isEqualTo(points.get(0).getAttribute("aria-label"));
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertThat(browser.focused()).isEqualTo(points.get(1));
            assertThat(browser.find(".graf-tip").getText()).isEqualTo(points.get(1).getAttribute("aria-label"));
        }
    }

    @Test
    void shouldShowTheVoteOnTheMinutesAndFollowTheCaseNumberToTheCasePage() {
        String caseNumber = "26/" + (100000 + (int) (Math.random() * 899999));
        String minutes = caseOnTwoMeetingsWithAVote(caseNumber);
        try (Browser browser = Browser.open()) {
            browser.get(portal + "/moeder/" + minutes);
            WebElement vote = browser.find("#punkt-1 .afstemning");
            assertThat(vote.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList())
                    .containsExactly("For 7 A (5), V (2)", "Imod 2 O (2)", "Undlod at stemme 0");
            assertThat(vote.findElement(By.cssSelector("p.note")).getText())
                    .isEqualTo("Mindretalsudtalelse: O – Dansk Folkeparti kan ikke støtte forslaget.");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", vote);
            browser.screenshot("referat-afstemning");

            browser.follow(browser.find("#punkt-1 dl.sagsdata a"));
            assertThat(browser.find("h1").getText()).isEqualTo("Sag " + caseNumber);
            List<WebElement> meetings = browser.driver.findElements(By.cssSelector("ol.sagsforloeb > li"));
            assertThat(meetings).hasSize(2);
            assertThat(meetings.get(0).getText()).contains("Økonomiudvalget", "Referat, punkt 1: Lokalplan for havnen",
                    "Beslutning: Godkendt. (Godkendt)");
            assertThat(meetings.get(1).getText()).contains("Dagsorden, punkt 1: Lokalplan for havnen, endelig")
                    .doesNotContain("Beslutning");
            browser.screenshot("sag");

            browser.follow(meetings.get(0).findElement(By.tagName("a")));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/moeder/" + minutes + "#punkt-1");
        }
    }

    @Test
    void shouldShowAnAnonymousVisitorAClosedItemOnlyAsLukketPunktOnTheMinutesTheCalendarAndInSearch() {
        String marker = "HEMMELIG" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toUpperCase(Locale.ROOT);
        String meeting = approvedMinutesWithAClosedItem(marker);
        try (Browser browser = Browser.open()) {
            browser.get(portal + "/");
            browser.follow(browser.driver.findElement(By.cssSelector("nav")).findElement(By.linkText("Mødekalender")));
            WebElement link = browser.find("a[href='/moeder/" + meeting + "']");
            assertThat(link.getText()).isEqualTo("Referat: Økonomiudvalget");
            assertThat(browser.driver.getPageSource()).doesNotContainIgnoringCase(marker);
            assertThat(browser.find("main").getText()).contains("Kommende møder", "Tidligere møder",
                    "Dagsorden: Økonomiudvalget");
            browser.screenshot("kalender");

            browser.follow(link);
            assertThat(browser.find("h1").getText()).isEqualTo("Referat til Økonomiudvalget");
            assertThat(browser.find("#punkt-2").getText()).isEqualTo("2. Lukket punkt\nLukket sag");
            assertThat(browser.find("#punkt-1").getText()).contains("Likviditeten er tilfredsstillende.",
                    "Taget til efterretning.");
            assertThat(browser.driver.getPageSource()).contains("Lukket punkt").doesNotContainIgnoringCase(marker);
            browser.screenshot("referat-lukket-punkt");

            browser.follow(browser.driver.findElement(By.cssSelector("nav")).findElement(By.linkText("Søg")));
            browser.find("#q").sendKeys(marker + Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("resultater"), "Ingen resultater"));
            assertThat(browser.find("#q").getDomProperty("value")).isEqualTo(marker);
            assertThat(browser.driver.getPageSource().replace("value=\"" + marker + "\"", ""))
                    .doesNotContainIgnoringCase(marker);
            browser.screenshot("soeg-lukket-punkt");
        }
    }

    @Test
    void shouldShowTheDemoAgendaOfTheComingMeetingWithItsClosedItemAsPrintedAndFindTheSeedsInSearch() {
        JsonNode coming = stack.api.get("meetings-service", "/meetings?committee=OEU&from="
                + LocalDate.now(ZoneId.of("Europe/Copenhagen")), null).require().json();
        try (Browser browser = Browser.open()) {
            browser.get(portal + "/kalender");
            browser.follow(browser.find("a[href='/moeder/" + coming.get(0).path("id").asText() + "']"));

            assertThat(browser.find("h1").getText()).isEqualTo("Dagsorden til Økonomiudvalget");
            assertThat(browser.find(".fakta").getText()).contains("Byrådssalen, Rådhuset", "16:00 – 18:00");
            assertThat(browser.find("#deltagere").findElement(By.xpath("..")).getText())
                    .contains("Mette Holm (A, formand)", "Afbud", "Karina Dahl (O)");
            assertThat(browser.driver.findElements(By.cssSelector("ol.toc li"))).extracting(WebElement::getText)
                    .containsExactly("1. Godkendelse af dagsorden", "2. Tidsplan for budgetlægningen",
                            "3. Lukket punkt", "4. Meddelelser");
            assertThat(browser.find("#punkt-2").getText()).contains("Sagsnr.", "11/2140", "Baggrund",
                    "Sagsfremstilling", "Økonomi", "Indstilling");
            assertThat(browser.driver.getPageSource()).doesNotContain("Hedehusene", "11/3317", "købstilbud");
            browser.screenshot("dagsorden");

            browser.follow(browser.driver.findElement(By.cssSelector("nav")).findElement(By.linkText("Søg")));
            browser.find("#q").sendKeys("budgetopfølgning" + Keys.ENTER);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.resultater")));
            assertThat(browser.driver.findElements(By.cssSelector("ol.resultater h3"))).extracting(WebElement::getText)
                    .anyMatch(title -> title.contains("Budgetopfølgning"));
            assertThat(browser.driver.findElements(By.cssSelector("ol.resultater .uddrag mark")))
                    .extracting(WebElement::getText).isNotEmpty().allMatch(word -> word.toLowerCase(Locale.ROOT)
                            .startsWith("budgetopfølgning"));
            browser.screenshot("soeg");
        }
    }

    @Test
    void shouldShowAFinanceUserTheRejectedLinesOfABadFileThenTheProgressAndTheNewTableOfAGoodOne(
            @TempDir Path files) throws IOException {
        Api api = stack.api;
        JsonNode draft = null;
        for (JsonNode followUp : api.get("budget-service", "/follow-ups?year=2011&committee=BEU", DemoUser.FINANCE)
                .require().json()) {
            if ("DRAFT".equals(followUp.path("status").asText())) {
                draft = followUp;
            }
        }
        assertThat(draft).as("the demo's draft follow-up").isNotNull();
        String followUp = draft.path("id").asText();
        String header = "funktion;dranst;art;beløb;omkostningssted;tekst\n";
        String bad = header + "6.45.51;1;5.9;1.200,00;8810;Tilskud til lektiecafé\n"
                + "6.45.51;1;5.9;tolv;8810;Tilskud til sommerlejr\n"
                + "6.45.51;1;5.9;300,00;8810;Tilskud til foreningsdag\n";
        Path badFile = Files.writeString(files.resolve("kontolinjer-med-fejl.csv"), bad, StandardCharsets.UTF_8);
        Api.Response refused = api.post("budget-service", "/uploads/follow-ups/" + followUp + "?unit=DKK",
                "text/csv; charset=UTF-8", bad, DemoUser.FINANCE);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        JsonNode expected = refused.json().path("errors");
        assertThat(expected).hasSize(1);
        StringBuilder good = new StringBuilder(header);
        int lines = 20_000;
        for (int line = 1; line <= lines; line++) {
            good.append("6.45.51;1;5.9;2,50;8810;Tilskud nr. ").append(line).append('\n');
        }
        Path goodFile = Files.writeString(files.resolve("kontolinjer-2011-06-30.csv"), good, StandardCharsets.UTF_8);

        try (Browser browser = Browser.open()) {
            browser.get(portal + "/okonomi");
            browser.logInOnKeycloak(stack, DemoUser.FINANCE);
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(portal + "/okonomi");
            browser.screenshot("okonomi");

            upload(browser, followUp, badFile);
            List<List<String>> rejected = new ArrayList<>();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("afviste-linjer")));
            for (WebElement row : browser.driver.findElements(By.cssSelector("#afviste-linjer tbody tr"))) {
                rejected.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
            }
            JsonNode error = expected.get(0);
            assertThat(rejected).containsExactly(List.of("3", "beløb", error.path("message").asText()));
            assertThat(error.path("line").asInt()).isEqualTo(3);
            browser.screenshot("okonomi-afviste-linjer");

            browser.follow(browser.driver.findElement(By.linkText("Indlæs en anden fil")));
            upload(browser, followUp, goodFile);
            // The page reloads itself when the job is done, possibly at any moment: each look at it is one script
            // call that reads one document, never an element held across the reload.
            Map<String, Object> running = browser.waiting().until(d -> uploadProgress(browser));
            assertThat(running.get("max")).isEqualTo("100");
            assertThat((String) running.get("figures")).matches("\\d+ af \\d+ linjer \\(\\d+ %\\)");
            browser.screenshot("okonomi-fremdrift");
            List<String> seen = new ArrayList<>();
            browser.waiting().until(d -> {
                Map<String, Object> progress = uploadProgress(browser);
                if (progress == null) {
                    return false;
                }
                seen.add((String) progress.get("figures"));
                return Boolean.TRUE.equals(progress.get("finished"));
            });
            System.out.println("Upload progress as the page showed it: " + String.join(" | ", seen));

            assertThat(browser.find("#status-tekst").getText()).isEqualTo("Indlæst");
            assertThat(browser.find("#fremdrift-tal").getText()).isEqualTo(lines + " af " + lines + " linjer (100 %)");
            assertThat(browser.find("progress#fremdriftslinje").getDomProperty("value")).isEqualTo("100");
            JsonNode table = api.get("budget-service", "/tables/follow-ups/" + followUp + "?unit=DKK_THOUSANDS",
                    DemoUser.FINANCE).require().json();
            List<String> expectedRow = cells(table, "881 Borger og erhvervsudvalget");
            assertThat(rowCells(browser, ".budgettabel table", "881 Borger og erhvervsudvalget"))
                    .isEqualTo(expectedRow);
            assertThat(expectedRow.get(3)).as("spend to date, 20,000 × 2,50 kr. in 1.000 kr.").isEqualTo("50");
            browser.screenshot("okonomi-resultat");
        }
    }

    /**
     * The upload page's progress bar maximum, figures and whether the result is shown, read from one loaded document;
     * {@code null} while the page is reloading itself.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> uploadProgress(Browser browser) {
        return (Map<String, Object>) browser.duringNavigation("var bar = document.getElementById('fremdriftslinje');"
                + " var figures = document.getElementById('fremdrift-tal');"
                + " if (document.readyState !== 'complete' || bar === null || figures === null) { return null; }"
                + " return {max: bar.getAttribute('max'), figures: figures.innerText.trim(),"
                + " finished: document.getElementById('resultat') !== null};");
    }

    private static void upload(Browser browser, String followUp, Path file) {
        new Select(browser.find("#opfoelgning")).selectByValue(followUp);
        browser.find("input[name=enhed][value=DKK]").click();
        browser.find("#fil").sendKeys(file.toAbsolutePath().toString());
        browser.follow(browser.find("form.upload button[type=submit]"));
    }

    /** The id of an indicator's chart on the indicators page. */
    private static String chartId(JsonNode trend) {
        return "graf-" + trend.path("code").asText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The overview's red, yellow, green, stale and total counts as the page shows them. */
    private static List<Integer> counts(Browser browser) {
        return List.of("roed", "gul", "groen", "foraeldede", "i-alt").stream()
                .map(name -> Integer.parseInt(browser.find("[data-antal=" + name + "]").getText())).toList();
    }

    /** The texts of the cells of the table row whose first cell is {@code first}. */
    static List<String> rowCells(Browser browser, String table, String first) {
        for (WebElement row : browser.driver.findElements(By.cssSelector(table + " tr"))) {
            List<String> cells = row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            if (!cells.isEmpty() && cells.get(0).equals(first)) {
                return cells;
            }
        }
        throw new AssertionError("No row " + first + " in " + browser.find(table).getText());
    }

    /** The cells of the row whose first cell is {@code first} in budget-service's JSON table. */
    private static List<String> cells(JsonNode table, String first) {
        for (JsonNode row : table.path("rows")) {
            List<String> cells = new ArrayList<>();
            row.path("cells").forEach(cell -> cells.add(cell.asText()));
            if (cells.get(0).equals(first)) {
                return cells;
            }
        }
        throw new AssertionError("No row " + first + " in " + table);
    }

    /**
     * Økonomiudvalget's minutes of a meeting ten days ago, through meetings-service's API as the secretary: an open
     * item and a closed one with {@code marker} in its title, case and document number, sections, attachment and
     * decision; agenda published, decisions recorded, minutes approved. Returns the meeting's id.
     */
    /**
     * A case on two meetings of ØU: approved minutes 20 days ago where the item was decided with a split vote and a
     * minority statement, and a published agenda 3 days ago; returns the minutes' id.
     */
    private static String caseOnTwoMeetingsWithAVote(String caseNumber) {
        Api api = stack.api;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        String minutes = meetingWithCaseItem(api, today.minusDays(20), caseNumber, "Lokalplan for havnen");
        String item = api.get("meetings-service", "/meetings/" + minutes, DemoUser.SECRETARY).require().json()
                .path("items").path(0).path("id").asText();
        transition(api, minutes, "AGENDA_PUBLISHED");
        String items = "/meetings/" + minutes + "/items/" + item;
        api.putJson("meetings-service", items + "/decision", JSON.createObjectNode().put("text", "Godkendt.")
                .put("outcome", "APPROVED"), DemoUser.SECRETARY).require();
        ObjectNode vote = JSON.createObjectNode().put("unanimous", false);
        ArrayNode lines = vote.putArray("lines");
        lines.addObject().put("voter", "A").put("choice", "FOR").put("votes", 5);
        lines.addObject().put("voter", "V").put("choice", "FOR").put("votes", 2);
        lines.addObject().put("voter", "O").put("choice", "AGAINST").put("votes", 2);
        vote.putArray("notes").addObject().put("kind", "MINORITY_STATEMENT").put("name", "O")
                .put("text", "Dansk Folkeparti kan ikke støtte forslaget.");
        api.putJson("meetings-service", items + "/vote", vote, DemoUser.SECRETARY).require();
        transition(api, minutes, "HELD");
        transition(api, minutes, "MINUTES_APPROVED");
        String agenda = meetingWithCaseItem(api, today.minusDays(3), caseNumber, "Lokalplan for havnen, endelig");
        transition(api, agenda, "AGENDA_PUBLISHED");
        return minutes;
    }

    private static String meetingWithCaseItem(Api api, LocalDate date, String caseNumber, String title) {
        ObjectNode request = JSON.createObjectNode().put("committeeCode", "OEU")
                .put("startsAt", date + "T16:00:00").put("endsAt", date + "T17:30:00").put("location", "Byrådssalen");
        String meeting = api.postJson("meetings-service", "/meetings", request, DemoUser.SECRETARY).require().json()
                .path("id").asText();
        ObjectNode item = JSON.createObjectNode().put("number", 1).put("title", title).put("caseNumber", caseNumber)
                .put("kind", "DECISION").put("access", "OPEN");
        item.putArray("sections").addObject().put("type", "RECOMMENDATION")
                .put("body", "Administrationen indstiller, at lokalplanen vedtages.");
        api.postJson("meetings-service", "/meetings/" + meeting + "/items", item, DemoUser.SECRETARY).require();
        return meeting;
    }

    private static String approvedMinutesWithAClosedItem(String marker) {
        Api api = stack.api;
        LocalDate date = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(10);
        ObjectNode request = JSON.createObjectNode().put("committeeCode", "OEU")
                .put("startsAt", date + "T16:00:00").put("endsAt", date + "T17:30:00").put("location", "Mødelokale 2");
        String meeting = api.postJson("meetings-service", "/meetings", request, DemoUser.SECRETARY).require().json()
                .path("id").asText();
        String items = "/meetings/" + meeting + "/items";
        ObjectNode open = JSON.createObjectNode().put("number", 1).put("title", "Orientering om likviditeten")
                .put("caseNumber", "11/1003").put("kind", "INFORMATION").put("access", "OPEN");
        open.putArray("sections").addObject().put("type", "INFORMATION").put("body", "Likviditeten er tilfredsstillende.");
        String openItem = api.postJson("meetings-service", items, open, DemoUser.SECRETARY).require().json()
                .path("id").asText();
        ObjectNode closed = JSON.createObjectNode().put("number", 2).put("title", "Personalesag " + marker)
                .put("caseNumber", marker).put("documentNumber", marker).put("kind", "DECISION").put("access", "CLOSED");
        ArrayNode sections = closed.putArray("sections");
        sections.addObject().put("type", "CASE_PRESENTATION").put("heading", "Sagsfremstilling " + marker)
                .put("body", "Fortroligt: " + marker);
        sections.addObject().put("type", "RECOMMENDATION").put("body", "Indstilling " + marker);
        closed.putArray("attachments").addObject().put("title", "Bilag " + marker).put("documentReference", marker);
        String closedItem = api.postJson("meetings-service", items, closed, DemoUser.SECRETARY).require().json()
                .path("id").asText();
        transition(api, meeting, "AGENDA_PUBLISHED");
        api.putJson("meetings-service", items + "/" + openItem + "/decision", JSON.createObjectNode()
                .put("text", "Taget til efterretning.").put("outcome", "NOTED"), DemoUser.SECRETARY).require();
        api.putJson("meetings-service", items + "/" + closedItem + "/decision", JSON.createObjectNode()
                .put("text", "Beslutning " + marker).put("outcome", "APPROVED"), DemoUser.SECRETARY).require();
        transition(api, meeting, "HELD");
        transition(api, meeting, "MINUTES_APPROVED");
        return meeting;
    }

    private static void transition(Api api, String meeting, String to) {
        api.postJson("meetings-service", "/meetings/" + meeting + "/transitions", "{\"to\":\"" + to + "\"}",
                DemoUser.SECRETARY).require();
    }
}
