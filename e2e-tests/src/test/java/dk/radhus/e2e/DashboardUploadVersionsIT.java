package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Upload versions through to the directors' dashboard: finance uploads a follow-up's account lines, then a corrected
 * file, and submits; strategy-service's budget status shows the corrected file's spend. Finance then reopens the
 * follow-up, makes the first file the active version again and submits; the dashboard follows. Runs on the suite's
 * one stack (no services of its own).
 */
class DashboardUploadVersionsIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Budget budget = new Budget(suite);
    private final Strategy strategy = new Strategy(suite);

    @Test
    void shouldShowTheActiveUploadsSpendOnTheDirectorsDashboardAndFollowTheUndo() {
        String committee = Meetings.uniqueCode("DSH");
        meetings.committee(committee, "Udvalget " + committee, "POLITICAL_COMMITTEE");
        budget.openYear(2011);
        String area = Budget.uniqueAreaCode();
        // A function only this area has: d.dd.dd from the area's six digits (the hostile fixtures use 9.99.0x).
        String function = area.charAt(0) + "." + area.substring(1, 3) + "." + area.substring(3, 5);
        budget.policyArea(area, "Integrationspuljen", committee);
        budget.function(area, function);
        budget.entry(2011, area, "ORIGINAL", "400", "2010-10-13", "Oprindeligt budget 2011");
        String followUp = budget.followUp(committee, 2011, 2, "2011-03-31");
        budget.line(followUp, area, "0", "0", "400");

        String first = budget.upload(followUp, """
                funktion;dranst;art;beløb
                %1$s;1;1.0;60.000,00
                %1$s;1;4.0;40.000,00
                """.formatted(function));
        String corrected = budget.upload(followUp, """
                funktion;dranst;art;beløb
                %1$s;1;1.0;60.000,00
                %1$s;1;4.0;60.000,00
                """.formatted(function));
        budget.submit(followUp);

        JsonPath shown = awaitSpendOnTheDashboard(committee, "120");
        assertThat(shown.getObject("[0].correctedBudget", BigDecimal.class)).isEqualByComparingTo("400");
        assertThat(shown.getObject("[0].spendPercentage", BigDecimal.class)).isEqualByComparingTo("30.0");
        assertThat(shown.getObject("[0].forecastDeviation", BigDecimal.class)).isEqualByComparingTo("0");

        budget.reopen(followUp, "Den rettede fil manglede en kreditering");
        budget.activate(first);
        budget.submit(followUp);

        JsonPath undone = awaitSpendOnTheDashboard(committee, "100");
        assertThat(undone.getObject("[0].spendPercentage", BigDecimal.class)).isEqualByComparingTo("25.0");
        assertThat(undone.getObject("[0].correctedBudget", BigDecimal.class)).isEqualByComparingTo("400");
        JsonPath history = budget.uploads(followUp);
        assertThat(history.getList("id")).containsExactly(first, corrected);
        assertThat(history.getList("active")).containsExactly(true, false);
    }

    /** The committee's budget status once its spend to date (DKK thousands) is {@code spend}. */
    private JsonPath awaitSpendOnTheDashboard(String committee, String spend) {
        await().atMost(ARRIVAL).until(() -> {
            JsonPath status = money(strategy.budgetStatus(committee));
            return status.getList("").size() == 1
                    && status.getObject("[0].spendToDate", BigDecimal.class).compareTo(new BigDecimal(spend)) == 0;
        });
        return money(strategy.budgetStatus(committee));
    }

    private static JsonPath money(JsonPath json) {
        return json.using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
