package dk.radhus.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.local.RepositoryFiles;

/** The demo data files agree with the seed documents they cite, and with each other. */
class DemoDataFilesTest {

    private static final String BEU_2011 = "beu_dagsorden_2011-05-11.txt";

    @Test
    void shouldGiveTheFiguresOfTheSeedsBudgetOverviewFor881() throws IOException {
        JsonNode budget = DemoFiles.json("budget.json");
        BigDecimal corrected = BigDecimal.ZERO;
        BigDecimal original = BigDecimal.ZERO;
        for (JsonNode entry : budget.path("budgetEntries")) {
            if (entry.path("policyArea").asText().equals("881")) {
                corrected = corrected.add(entry.path("request").path("amount").decimalValue());
                if (entry.path("request").path("kind").asText().equals("ORIGINAL")) {
                    original = entry.path("request").path("amount").decimalValue();
                }
            }
        }
        for (JsonNode transfer : budget.path("transfers")) {
            BigDecimal amount = transfer.path("request").path("amount").decimalValue();
            if (transfer.path("request").path("fromPolicyAreaCode").asText().equals("881")) {
                corrected = corrected.subtract(amount);
            }
            if (transfer.path("request").path("toPolicyAreaCode").asText().equals("881")) {
                corrected = corrected.add(amount);
            }
        }
        JsonNode line = budget.path("followUp").path("lines").get(0).path("request");
        BigDecimal spendInThousands = accountLinesTotal().movePointLeft(3);

        assertThat(List.of(original, corrected, spendInThousands, line.path("requestedAppropriation").decimalValue(),
                line.path("forecast").decimalValue())).map(BigDecimal::toPlainString)
                .isEqualTo(seedRow("881 Borger og erhvervsudvalget", 0, 1, 2, 4, 6));
    }

    @Test
    void shouldGiveTheFiguresOfTheSeedsAccountsTableFor81() throws IOException {
        JsonNode budget = DemoFiles.json("budget.json");
        String originalBudget = budget.path("budgetEntries").get(0).path("request").path("amount").asText();
        String accounts = budget.path("accounts").get(0).path("request").path("amount").asText();

        assertThat(List.of(originalBudget, accounts)).isEqualTo(seedRow("81 Borger- og Erhvervsudvalget", 0, 4));
    }

    @Test
    void shouldBookTheAccountLinesOnAFunctionOf881() {
        JsonNode area881 = DemoFiles.json("budget.json").path("policyAreas").get(1);
        assertThat(area881.path("request").path("code").asText()).isEqualTo("881");

        assertThat(accountLines().stream().map(line -> line[0]).distinct().toList())
                .containsExactly(area881.path("functions").get(0).path("from").asText());
    }

    @Test
    void shouldReport14ParametersIn2018And19InThreeThemesIn2019WithAValueForEach() {
        JsonNode growth = DemoFiles.json("growth-accounts.json");
        Set<String> themes = new HashSet<>(growth.path("themes").findValuesAsText("title"));
        Map<Integer, List<String>> reported = new TreeMap<>();
        Map<String, String> values = new TreeMap<>();
        for (JsonNode account : growth.path("accounts")) {
            int year = account.path("year").asInt();
            for (JsonNode indicator : growth.path("indicators")) {
                if (indicator.path("firstAccount").asInt() <= year) {
                    reported.computeIfAbsent(year, y -> new ArrayList<>()).add(indicator.path("request").path("code")
                            .asText());
                    assertThat(themes).contains(indicator.path("theme").asText());
                }
            }
            DemoFiles.text(account.path("values").asText()).lines().skip(1).map(l -> l.split(";"))
                    .forEach(cells -> values.put(cells[0] + " " + cells[1], cells[2]));
        }

        assertThat(themes).hasSize(3);
        assertThat(reported.get(2018)).hasSize(14);
        assertThat(reported.get(2019)).hasSize(19);
        reported.forEach((year, codes) -> codes.forEach(code -> assertThat(values).containsKeys(code + " " + year,
                code + " " + (year - 1))));
        for (JsonNode indicator : growth.path("indicators")) {
            JsonNode request = indicator.path("request");
            assertThat(values.get(request.path("code").asText() + " 2017").replace(',', '.'))
                    .as("baseline of " + request.path("code").asText())
                    .isEqualTo(request.path("baselineValue").asText());
        }
    }

    @Test
    void shouldGiveEveryInitiativeOfTheActionPlanOneDecemberStatus() {
        List<String> references = DemoFiles.json("action-plan.json").findValues("request").stream()
                .map(request -> request.path("reference").asText()).sorted().toList();
        List<String[]> statuses = DemoFiles.text("action-plan-status-2019-12.csv").lines().skip(1)
                .map(line -> line.split(";")).toList();

        assertThat(statuses.stream().map(cells -> cells[0]).sorted().toList()).isEqualTo(references).hasSize(9);
        assertThat(statuses.stream().collect(Collectors.groupingBy(cells -> cells[1], Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("rød", 1L, "gul", 4L, "grøn", 4L));
    }

    @Test
    void shouldEnterTheSeedsFourQualityContractsOf2012() throws IOException {
        String seed = seed();
        JsonNode contracts = DemoFiles.json("quality-contracts.json").path("contracts");

        assertThat(contracts).hasSize(4);
        for (JsonNode contract : contracts) {
            JsonNode request = contract.path("request");
            assertThat(request.path("contractYear").asInt()).isEqualTo(2012);
            String heading = request.path("heading").asText();
            assertThat(seed).contains(request.path("serviceArea").asText())
                    .contains(request.path("number").asText() + ". " + heading.substring(0, Math.min(25, heading.length())));
            assertThat(contract.path("followUp").path("light").asText()).isIn("RED", "YELLOW", "GREEN");
        }
    }

    @Test
    void shouldPlanTheMeetingsTheFollowUpAndTheRedInitiativesAreDraftedOntoAndPublishOneWithAClosedItem() {
        JsonNode upcoming = DemoFiles.json("upcoming.json");
        JsonNode budget = DemoFiles.json("budget.json");
        JsonNode published = upcoming.path("publishedMeeting");

        assertThat(upcoming.path("plannedMeetings").findValuesAsText("committeeCode"))
                .containsExactlyInAnyOrder(budget.path("committee").asText(), "DIR");
        assertThat(upcoming.findValues("daysAhead")).allMatch(days -> days.asInt() > 0);
        assertThat(published.path("items").findValuesAsText("number"))
                .containsExactly("1", "2", "3", "4");
        assertThat(published.path("items").findValuesAsText("access")).containsOnlyOnce("CLOSED");
        assertThat(published.path("attendance").findValuesAsText("status")).contains("PRESENT", "ABSENT_WITH_APOLOGIES");

        JsonNode draft = upcoming.path("draftFollowUp");
        JsonNode submitted = budget.path("followUp").path("request");
        assertThat(draft.path("committeeCode")).isEqualTo(submitted.path("committeeCode"));
        assertThat(draft.path("fiscalYear")).isEqualTo(submitted.path("fiscalYear"));
        assertThat(draft.path("round").asInt()).isEqualTo(submitted.path("round").asInt() + 1);
        assertThat(draft.path("cutOffDate").asText()).isGreaterThan(submitted.path("cutOffDate").asText());
    }

    private static List<String[]> accountLines() {
        return DemoFiles.text(DemoFiles.json("budget.json").path("followUp").path("accountLines").path("file").asText())
                .lines().skip(1).map(line -> line.split(";")).toList();
    }

    /** The sum of the account lines' "beløb" (Danish number format), in kroner. */
    private static BigDecimal accountLinesTotal() {
        return accountLines().stream().map(cells -> new BigDecimal(cells[3].replace(".", "").replace(',', '.')))
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    /** The cells (after the name) of the seed table row that starts with {@code name}, those at {@code columns}. */
    private static List<String> seedRow(String name, int... columns) throws IOException {
        String row = seed().lines().filter(line -> line.startsWith(name + "\t")).findFirst().orElseThrow();
        String[] cells = row.substring(name.length() + 1).split("\t");
        List<String> picked = new ArrayList<>();
        for (int column : columns) {
            picked.add(cells[column]);
        }
        return picked;
    }

    private static String seed() throws IOException {
        return Files.readString(RepositoryFiles.root().resolve("seeds").resolve(BEU_2011), StandardCharsets.UTF_8);
    }
}
