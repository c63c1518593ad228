package dk.radhus.e2e;

import static dk.radhus.e2e.Meetings.reference;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The BEU agenda of 11 May 2011, items 4 and 5, played through all three services: finance submits the 2nd follow-up
 * 2011 with the seed's figures (policy area 881: original 355, transfer −2, spend −25, forecast 353, in DKK thousands)
 * plus a line requesting a supplementary appropriation; the committee approves it in meetings-service; budget-service
 * approves the follow-up and books the appropriation once; strategy-service shows the committee's budget status with the
 * corrected budget including the booking.
 */
class DecisionToBudgetFlowIT {

    private static final String BEU = "BEU";
    private static final String ITEM_5_TITLE = "2. Budgetopfølgning og regnskabsprognose 2011 for Borger- og "
            + "Erhvervsudvalget";

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Budget budget = new Budget(suite);
    private final Strategy strategy = new Strategy(suite);

    @Test
    void shouldApproveTheFollowUpAndBookTheAppropriationOnceWhenTheCommitteeApprovesIt() {
        meetings.committee(BEU, "Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE");
        budget.openYear(2010);
        budget.openYear(2011);
        budget.policyArea("81", "Borger- og Erhvervsudvalget", BEU);
        budget.policyArea("881", "Borger og erhvervsudvalget", BEU);
        budget.policyArea("882", "Integration", BEU);
        // The seed's 2 off 881 go to another committee's area (as in the demo data), so BEU's tables keep their rows.
        meetings.committee("OEU", "Økonomiudvalget", "POLITICAL_COMMITTEE");
        budget.policyArea("890", "Integrationsrådet", "OEU");
        budget.entry(2010, "81", "ORIGINAL", "350", "2009-10-14", "Oprindeligt budget 2010");
        given().baseUri(suite.budget.baseUri()).auth().oauth2(Budget.FINANCE).contentType(ContentType.JSON)
                .body(Map.of("unit", "DKK", "amount", 254000)).put("/years/2010/accounts/81").then().statusCode(200);
        budget.entry(2011, "881", "ORIGINAL", "355", "2010-10-13", "Oprindeligt budget 2011");
        budget.transfer(2011, "881", "890", "2", "2011-02-15", "Omplacering til Integrationsrådet");
        budget.entry(2011, "882", "ORIGINAL", "1200", "2010-10-13", "Oprindeligt budget 2011");
        String followUp = budget.followUp(BEU, 2011, 2, "2011-03-31");
        budget.line(followUp, "881", "-25", "0", "353");
        budget.line(followUp, "882", "300", "450", "1650");
        budget.submit(followUp);
        String request = budget.appropriationRequests(followUp).get(0);

        String meeting = meetings.meeting(BEU, "2011-05-11T17:00:00", "B101");
        String item4 = meetings.addItem(meeting, Meetings.item(4, "Regnskabsbemærkninger 2010 for Borger- og "
                + "Erhvervsudvalget", "3172511", "3173071", "Administrationen indstiller, at regnskabet godkendes.",
                List.of()));
        String item5 = meetings.addItem(meeting, Meetings.item(5, ITEM_5_TITLE, "3064024", "3170234",
                "Administrationen indstiller, at 2. budgetopfølgning for Borger- og Erhvervsudvalget godkendes, "
                        + "herunder ansøgt tillægsbevilling på 450.000 kr. (882 Integration).",
                List.of(reference("BUDGET_FOLLOW_UP", followUp), reference("APPROPRIATION_REQUEST", request))));
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        meetings.decide(meeting, item4, "Godkendt.", "APPROVED");
        meetings.decide(meeting, item5, "Godkendt", "APPROVED");
        meetings.decide(meeting, item5, "Godkendt med de faldne bemærkninger.", "APPROVED_WITH_REMARKS");
        meetings.transition(meeting, "HELD");
        meetings.transition(meeting, "MINUTES_APPROVED");

        awaitEveryDecisionOfTheItemsApplied(List.of(item4, item5));
        JsonPath approved = budget.followUp(followUp);
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getString("decisionOutcome")).isEqualTo("APPROVED_WITH_REMARKS");
        assertThat(approved.getString("lines.find { it.policyAreaCode == '882' }.appropriationStatus"))
                .isEqualTo("APPROVED");

        JsonPath ledger = money(given().baseUri(suite.budget.baseUri()).get("/years/2011/budgets/882")
                .then().statusCode(200).extract().jsonPath());
        assertThat(ledger.getList("entries.kind")).containsExactly("ORIGINAL", "SUPPLEMENTARY");
        assertThat(ledger.getObject("entries[1].amount", BigDecimal.class)).isEqualByComparingTo("450");
        assertThat(ledger.getString("entries[1].date")).isEqualTo("2011-05-11");
        assertThat(ledger.getString("entries[1].decision.meetingId")).isEqualTo(meeting);
        assertThat(ledger.getString("entries[1].decision.meetingDate")).isEqualTo("2011-05-11");
        assertThat(ledger.getInt("entries[1].decision.itemNumber")).isEqualTo(5);
        assertThat(ledger.getString("entries[1].decision.caseNumber")).isEqualTo("3064024");
        assertThat(ledger.getObject("correctedBudget", BigDecimal.class)).isEqualByComparingTo("1650");
        assertThat(ReadModelRows.of(suite.budget).count(
                "SELECT count(*) FROM ledger_entry WHERE kind = 'SUPPLEMENTARY' AND appropriation_line_id::text = ?",
                request)).as("booked once, though three decisions were recorded").isEqualTo(1);

        assertThat(table("/tables/follow-ups/" + followUp)).containsExactly(
                List.of("1.000 kroner"),
                List.of("881 Borger og erhvervsudvalget", "355", "353", "-25", "-", "0", "353", "353"),
                List.of("882 Integration", "1.200", "1.200", "300", "25", "450", "1.650", "1.650"),
                List.of("I alt", "1.555", "1.553", "275", "18", "450", "2.003", "2.003"));
        assertThat(table("/tables/accounts/2010/" + BEU)).contains(
                List.of("81 Borger- og Erhvervsudvalget", "350", "0", "0", "350", "254", "96"));
        assertThat(table("/tables/accounts/2011/" + BEU)).contains(
                List.of("881 Borger og erhvervsudvalget", "355", "0", "-2", "353", "0", "353"),
                List.of("882 Integration", "1.200", "450", "0", "1.650", "0", "1.650"));

        // The committee's corrected budget now includes the booked 450: 355 − 2 + 1,200 + 450, and the forecast 2,003
        // meets it.
        await().atMost(Duration.ofSeconds(60)).until(() -> strategy.budgetStatus(BEU).getList("").size() == 1
                && money(strategy.budgetStatus(BEU)).getObject("[0].correctedBudget", BigDecimal.class)
                        .compareTo(new BigDecimal("2003")) == 0);
        JsonPath status = money(strategy.budgetStatus(BEU));
        assertThat(status.getString("[0].committeeName")).isEqualTo("Borger- og Erhvervsudvalget");
        assertThat(status.getInt("[0].fiscalYear")).isEqualTo(2011);
        assertThat(status.getInt("[0].round")).isEqualTo(2);
        assertThat(status.getObject("[0].spendToDate", BigDecimal.class)).isEqualByComparingTo("275");
        assertThat(status.getObject("[0].forecast", BigDecimal.class)).isEqualByComparingTo("2003");
        assertThat(status.getObject("[0].forecastDeviation", BigDecimal.class)).isEqualByComparingTo("0");
        assertThat(status.getString("[0].light")).isEqualTo("GREEN");
    }

    /**
     * Every DecisionRecorded meetings-service wrote for these items, and the ItemVisibilityChanged the minutes made, has
     * been applied by budget-service.
     */
    private void awaitEveryDecisionOfTheItemsApplied(List<String> items) {
        List<UUID> events = new ArrayList<>(ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", items));
        assertThat(events).as("one per recorded or changed decision").hasSize(3);
        List<UUID> visibility = ReadModelRows.of(suite.meetings).outboxEventIds("ItemVisibilityChanged", items);
        assertThat(visibility).as("one per decided item when the minutes are approved").hasSize(2);
        events.addAll(visibility);
        ReadModelRows.of(suite.budget).awaitProcessed("budget-service-decisions", events);
    }

    private List<List<String>> table(String path) {
        return given().baseUri(suite.budget.baseUri()).accept(ContentType.JSON).get(path).then().statusCode(200)
                .extract().jsonPath().getList("rows.cells");
    }

    private static JsonPath money(JsonPath json) {
        return json.using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
