package dk.radhus.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * A committee of its own with many policy areas, for the fault tests: follow-ups whose every line requests a
 * supplementary appropriation of 1,000 kr., and counts (read-only SQL on budget-service's database) of what the
 * committee's decisions booked.
 */
final class AppropriationFixture {

    final String committee = Meetings.uniqueCode("F");
    final List<String> areas = new ArrayList<>();
    private final Meetings meetings;
    private final Budget budget;
    private final ReadModelRows budgetRows;

    /** Creates the committee (through meetings-service, so every service knows it) and its policy areas. */
    AppropriationFixture(Suite suite, int areaCount, int... years) {
        meetings = new Meetings(suite);
        budget = new Budget(suite);
        budgetRows = ReadModelRows.of(suite.budget);
        meetings.committee(committee, "Udvalg " + committee, "POLITICAL_COMMITTEE");
        for (int year : years) {
            budget.openYear(year);
        }
        for (int i = 0; i < areaCount; i++) {
            String area = Budget.uniqueAreaCode();
            budget.policyArea(area, "Område " + area, committee);
            areas.add(area);
        }
    }

    /** A follow-up with one line per policy area, each requesting 1 (DKK thousands), submitted. */
    String submittedFollowUp(int year, int round) {
        String followUp = budget.followUp(committee, year, round, year + "-03-31");
        for (String area : areas) {
            budget.line(followUp, area, "0", "1", "1");
        }
        budget.submit(followUp);
        return followUp;
    }

    List<String> requests(String followUp) {
        return budget.appropriationRequests(followUp);
    }

    /** A meeting in the past, so that no drafted follow-up item lands on it (drafts go to planned future meetings). */
    String meeting(String startsAt) {
        return meetings.meeting(committee, startsAt, "B101");
    }

    /** Supplementary appropriations booked for these requests. */
    long booked(List<String> requests) {
        return budgetRows.count("SELECT count(*) FROM ledger_entry WHERE kind = 'SUPPLEMENTARY'"
                + " AND appropriation_line_id::text = ANY (?)", requests);
    }

    /** Times these follow-ups were approved (one transition each, if none doubled). */
    long approvals(List<String> followUps) {
        return budgetRows.count("SELECT count(*) FROM follow_up_transition WHERE to_status = 'APPROVED'"
                + " AND follow_up_id::text = ANY (?)", followUps);
    }
}
