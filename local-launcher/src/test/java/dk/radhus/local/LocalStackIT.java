package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.local.demo.DemoUser;
import dk.radhus.testing.OparlConformance;

/**
 * Starts the stack with {@code ./run-local.sh}, as the README says, and uses it — the printed token command, the demo
 * data that arrived through the services' APIs and Kafka. The first of the local-stack classes (the browser tests
 * follow, {@link StackStopIT} stops the stack and checks that nothing is left running). Runs in CI (profile
 * {@code local-stack}, active when {@code CI=true}) or with {@code ./mvnw -B verify -pl local-launcher -Plocal-stack}.
 */
@Tag("local-stack")
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static StackUnderTest stack;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @BeforeAll
    static void startTheStack() {
        stack = StackUnderTest.started();
    }

    @Test
    @Order(1)
    void shouldReportEveryPartHealthyAndEveryDemoStepLoaded() throws Exception {
        for (String component : List.of("MEETINGS_MANAGEMENT", "BUDGET_MANAGEMENT", "STRATEGY_MANAGEMENT", "PORTAL")) {
            assertThat(get(stack.url(component) + "/q/health/ready", null).statusCode()).as(component).isEqualTo(200);
        }
        for (String service : List.of("MEETINGS", "BUDGET", "STRATEGY")) {
            assertThat(get(stack.url(service) + "/q/metrics", null).statusCode()).as("metrics only on the management port")
                    .isEqualTo(404);
            assertThat(get(stack.url(service) + "/q/swagger-ui/", null).statusCode()).as("the launcher turns Swagger UI on")
                    .isEqualTo(200);
        }
        assertThat(get(stack.url("KEYCLOAK") + "/realms/radhus/.well-known/openid-configuration", null).statusCode())
                .isEqualTo(200);
        assertThat(stack.console()).contains("/q/swagger-ui", "dev-only-strategy-editor", "client_id=radhus-cli")
                .containsPattern("(?m)^  web-portal +ready .*" + stack.url("PORTAL") + "$")
                .contains(stack.url("PORTAL") + "/ ", stack.url("PORTAL") + "/direktion ",
                        stack.url("PORTAL") + "/okonomi ");
        for (String step : List.of("committees", "meetings", "budget", "action-plan", "growth-accounts",
                "quality-contracts", "upcoming")) {
            assertThat(stack.console()).containsPattern("(?m)^  " + step + " +loaded ");
        }
    }

    @Test
    @Order(2)
    void shouldOpenAProtectedEndpointWithATokenFromKeycloakOnly() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String committee = """
                {"code":"%s","name":"Testudvalget","kind":"POLITICAL_COMMITTEE"}""".formatted(code);

        assertThat(postCommittee(committee, null).statusCode()).isEqualTo(401);
        assertThat(postCommittee(committee, token(DemoUser.FINANCE)).statusCode()).isEqualTo(403);
        assertThat(postCommittee(committee, token(DemoUser.SECRETARY)).statusCode()).isEqualTo(201);
    }

    @Test
    @Order(3)
    void shouldAnswerThePrintedCopyPasteCommandWithTheDashboard() throws Exception {
        List<String> command = new ArrayList<>();
        List<String> lines = stack.console().lines().toList();
        for (int i = lines.indexOf(Summary.TRY_IT) + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            command.add(lines.get(i).strip());
        }
        assertThat(command).as(stack.console()).hasSize(3);

        Process bash = new ProcessBuilder("bash", "-c", String.join("\n", command)).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.waitFor()).as(output).isZero();
        assertThat(JSON.readTree(output).path("overall").path("total").asInt()).as(output).isEqualTo(9);
    }

    @Test
    @Order(4)
    void shouldHaveLoadedTheCommitteesAndPublishedTheSeedMeetings() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get(stack.url("BUDGET") + "/committees/BEU", null).body()).contains("Borger- og Erhvervsudvalget"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get(stack.url("STRATEGY") + "/committees/DIR", null).body()).contains("DIRECTORATE"));
        JsonNode agendas = json(stack.url("MEETINGS") + "/meetings?committee=BEU", null);
        assertThat(agendas.findValuesAsText("startsAt")).anyMatch(s -> s.startsWith("2011-05-11"))
                .anyMatch(s -> s.startsWith("2013-03-06"));
        assertThat(agendas.findValuesAsText("state")).containsOnly("AGENDA_PUBLISHED");
        JsonNode minutes = json(stack.url("MEETINGS") + "/meetings?committee=DIR", null);
        assertThat(minutes.findValuesAsText("startsAt")).singleElement().asString().startsWith("2019-12-16");
        assertThat(minutes.findValuesAsText("state")).containsExactly("MINUTES_APPROVED");
        assertThat(get(stack.url("MEETINGS") + "/feeds/calendar.ics", null, "text/calendar").body()).contains("BEGIN:VEVENT");
    }

    @Test
    @Order(5)
    void shouldPrintTheSeedsBudgetTablesFromTheFiguresPostedAndUploaded() throws Exception {
        JsonNode followUps = json(stack.url("BUDGET") + "/follow-ups?year=2011&committee=BEU", null);
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).path("status").asText()).isEqualTo("SUBMITTED");

        JsonNode overview = json(stack.url("BUDGET") + "/tables/follow-ups/" + followUps.get(0).path("id").asText(), null);
        assertThat(cells(overview)).contains(
                List.of("881 Borger og erhvervsudvalget", "355", "353", "-25", "-", "0", "353", "353"));
        JsonNode accounts = json(stack.url("BUDGET") + "/tables/accounts/2010/BEU", null);
        assertThat(cells(accounts)).contains(List.of("81 Borger- og Erhvervsudvalget", "350", "0", "0", "350", "254", "96"));
    }

    @Test
    @Order(6)
    void shouldShowTheActionPlanOnTheDirectorsDashboardWithTheBudgetStatusFromKafka() throws Exception {
        JsonNode dashboard = json(stack.url("STRATEGY") + "/dashboard", DemoUser.DIRECTOR);
        JsonNode overall = dashboard.path("overall");
        assertThat(List.of(overall.path("red").asInt(), overall.path("yellow").asInt(), overall.path("green").asInt(),
                overall.path("total").asInt())).containsExactly(1, 4, 4, 9);
        assertThat(dashboard.path("focusAreas").findValuesAsText("title")).containsExactly("Byudvikling", "Erhverv");
        assertThat(dashboard.path("focusAreas").findValuesAsText("light")).containsExactly("YELLOW", "RED");
        assertThat(dashboard.path("redInitiatives").findValuesAsText("reference")).containsExactly("VP-ER-02");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode budgetStatus = json(stack.url("STRATEGY") + "/dashboard/budget-status?committee=BEU",
                    DemoUser.DIRECTOR);
            assertThat(budgetStatus.findValuesAsText("fiscalYear")).containsExactly("2011");
            assertThat(budgetStatus.findValue("correctedBudget").decimalValue()).isEqualByComparingTo("353");
        });
        assertThat(json(stack.url("STRATEGY") + "/policies", null).findValuesAsText("title"))
                .containsExactly("Vækstpolitik 2018-2022 – Vækst – vejen til velfærd");
    }

    @Test
    @Order(7)
    void shouldPublishTheGrowthAccountsAndQualityContractsToAnybody() throws Exception {
        JsonNode account2018 = json(stack.url("STRATEGY") + "/growth-accounts/2018", null);
        assertThat(account2018.path("indicatorCount").asInt()).isEqualTo(14);
        assertThat(account2018.path("themes")).isEmpty();
        JsonNode account2019 = json(stack.url("STRATEGY") + "/growth-accounts/2019", null);
        assertThat(account2019.path("indicatorCount").asInt()).isEqualTo(19);
        assertThat(JSON.convertValue(account2019.path("themes"), STRINGS))
                .containsExactly("Bolig- og befolkningsudvikling", "Beskæftigelse", "Erhvervsudvikling");

        JsonNode contracts = json(stack.url("STRATEGY") + "/quality-contracts?year=2012", null);
        assertThat(contracts.findValuesAsText("heading")).contains("Responstid ved telefoniske og personlige henvendelser",
                "Digital selvbetjening", "Fritidspas for særligt udsatte børn og unge.",
                "Flere frivillige forældre med anden etnisk baggrund end dansk i foreningslivet.");
        for (JsonNode contract : contracts) {
            assertThat(contract.path("followUps")).as(contract.path("heading").asText()).hasSize(1);
        }
    }

    @Test
    @Order(8)
    void shouldDraftTheFollowUpAndTheRedInitiativesOntoThePlannedMeetingsAndShowTheClosedItemClosed() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                plannedItemTitles("BEU", today)).containsExactly(
                        "2. Budgetopfølgning og regnskabsprognose 2011 for Borger- og Erhvervsudvalget"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(plannedItemTitles("DIR", today))
                .containsExactly("Status på handlingsplan for vækstpolitikken: 1 indsats i rødt"));
        assertThat(json(stack.url("MEETINGS") + "/meetings?committee=BEU&from=" + today, null)).isEmpty();

        JsonNode published = json(stack.url("MEETINGS") + "/meetings?committee=OEU&from=" + today, null);
        assertThat(published.findValuesAsText("state")).containsExactly("AGENDA_PUBLISHED");
        String agenda = get(stack.url("MEETINGS") + "/meetings/" + published.get(0).path("id").asText(), null).body();
        List<String> items = new ArrayList<>();
        JSON.readTree(agenda).path("items").forEach(item -> items.add(item.path("title").asText()));
        assertThat(items).containsExactly("Godkendelse af dagsorden", "Tidsplan for budgetlægningen", "Lukket punkt",
                "Meddelelser");
        assertThat(agenda).doesNotContain("Hedehusene", "11/3317", "3301190", "købstilbud");
        assertThat(JSON.readTree(agenda).path("attendance").findValuesAsText("status")).contains("ABSENT_WITH_APOLOGIES");

        JsonNode followUps = JSON.readTree(stack.api.get("budget-service", "/follow-ups?year=2011&committee=BEU",
                DemoUser.FINANCE).require().body());
        assertThat(followUps.findValuesAsText("status")).containsExactlyInAnyOrder("SUBMITTED", "DRAFT");
    }

    /**
     * The demo data through OParl 1.1 (issue 20's acceptance): the walker of meetings-service's own tests goes from the
     * System through every list page and every object and link, anonymously, and finds no violation of the
     * specification's schemas; the demo agenda's closed item is in it by its number only. (The demo data has no
     * persons, so no Person or Membership is reached.)
     */
    @Test
    @Order(9)
    void shouldServeTheDemoDataAsOparlThatConformsToTheSpecification() {
        StringBuilder everything = new StringBuilder();
        OparlConformance conformance = new OparlConformance(url -> {
            try {
                JsonNode answer = json(url, null);
                everything.append(answer).append('\n');
                return answer;
            } catch (Exception e) {
                throw new IllegalStateException(url, e);
            }
        });

        List<String> violations = conformance.walk(stack.url("MEETINGS") + "/oparl/v1.1");

        assertThat(violations).isEmpty();
        assertThat(conformance.objectsByType()).containsKeys("System", "Body", "LegislativeTerm", "Organization",
                "Meeting", "AgendaItem", "Consultation", "Paper", "File", "Location");
        assertThat(everything.toString()).contains("\"public\":false")
                .doesNotContain("Hedehusene", "11/3317", "3301190", "købstilbud");
    }

    /**
     * {@code ./run-local.sh import <folder>}, the launcher's command-line form of an archive import (issue 19), against
     * the running stack: an agenda of a committee the stack knows by its name is created, one of a name it does not
     * know fails with the reason and exit code 1; again with a committee map that names it, the first is unchanged
     * and the second created, exit code 0.
     */
    @Test
    @Order(10)
    void shouldImportAFolderThroughTheLaunchersCommandLine() throws Exception {
        Path folder = Files.createTempDirectory("radhus-import-");
        Files.writeString(folder.resolve("beu.txt"), agenda("Borger- og Erhvervsudvalget", "02-02-2033"));
        Files.writeString(folder.resolve("ukendt.txt"), agenda("Udvalget for Nye Sager", "03-02-2033"));
        Path map = Files.writeString(folder.resolveSibling(folder.getFileName() + ".map"),
                "# Navne i dokumenterne\nUdvalget for Nye Sager = OEU\n");

        StackUnderTest.Finished first = stack.runLocalToTheEnd("import", folder.toString());

        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.output()).contains("2 documents", "2/2 done", "CREATED 1", "FAILED 1",
                "FAILED ukendt.txt: committee: udvalget \"Udvalget for Nye Sager\" i dokumentet kendes ikke");

        StackUnderTest.Finished second = stack.runLocalToTheEnd("import", folder.toString(), "--committee-map",
                map.toString());

        assertThat(second.exitCode()).as(second.output()).isEqualTo(0);
        assertThat(second.output()).contains("Mapped 1 committee names.", "2/2 done", "CREATED 1", "UNCHANGED 1")
                .doesNotContain("FAILED");
        assertThat(json(stack.url("MEETINGS") + "/meetings?committee=OEU&from=2033-02-03&to=2033-02-03",
                DemoUser.SECRETARY).findValuesAsText("state")).containsExactly("PLANNED");
    }

    private static String agenda(String committee, String date) {
        return """
                Dagsorden til %s
                Dato: %s
                Tidspunkt: 17:00
                Sted: B101

                **1. Budgetopfølgning**
                Sagstype: Åben

                Sagsfremstilling:
                Budgettet følges op.
                """.formatted(committee, date);
    }

    /** The item titles of the committee's planned meetings from {@code today} on, as the secretary sees them. */
    private static List<String> plannedItemTitles(String committee, String today) throws Exception {
        List<String> titles = new ArrayList<>();
        for (JsonNode meeting : json(stack.url("MEETINGS") + "/meetings?committee=" + committee + "&from=" + today,
                DemoUser.SECRETARY)) {
            if (meeting.path("state").asText().equals("PLANNED")) {
                json(stack.url("MEETINGS") + "/meetings/" + meeting.path("id").asText(), DemoUser.SECRETARY)
                        .path("items").forEach(item -> titles.add(item.path("title").asText()));
            }
        }
        return titles;
    }

    private static List<List<String>> cells(JsonNode table) {
        List<List<String>> rows = new ArrayList<>();
        table.path("rows").forEach(row -> rows.add(JSON.convertValue(row.path("cells"), STRINGS)));
        return rows;
    }

    private static HttpResponse<String> postCommittee(String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url("MEETINGS") + "/committees"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that must answer 200 with JSON, as {@code user} or anonymously. */
    private static JsonNode json(String url, DemoUser user) throws Exception {
        HttpResponse<String> response = get(url, user);
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String url, DemoUser user) throws Exception {
        return get(url, user, "application/json");
    }

    private static HttpResponse<String> get(String url, DemoUser user, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(DemoUser user) {
        return stack.tokens.accessToken(user);
    }
}
