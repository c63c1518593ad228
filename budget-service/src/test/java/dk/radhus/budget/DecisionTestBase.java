package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;

import org.junit.jupiter.api.BeforeEach;

/**
 * What the decision tests start from: a committee's submitted follow-up whose one line requests an appropriation
 * ({@link BudgetFixtures#submittedFollowUpWithARequest()}), and the agenda item whose decisions act on it.
 */
abstract class DecisionTestBase {

    protected String committee;
    protected String area;
    protected String followUp;
    protected String request;
    protected ItemEvents item;

    @BeforeEach
    void submittedFollowUpWithARequest() {
        BudgetFixtures.SubmittedRequest submitted = BudgetFixtures.submittedFollowUpWithARequest();
        committee = submitted.committee();
        area = submitted.area();
        followUp = submitted.followUp();
        request = submitted.request();
        item = new ItemEvents(committee, YEAR);
    }
}
