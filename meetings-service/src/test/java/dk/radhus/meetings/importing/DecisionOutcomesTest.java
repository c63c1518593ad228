package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.DecisionOutcome;

/** The outcome as a decision's wording gives it, votes included. */
class DecisionOutcomesTest {

    @Test
    void shouldReadTheOutcomeFromTheWording() {
        assertThat(DecisionOutcomes.infer("Godkendt.")).contains(DecisionOutcome.APPROVED);
        assertThat(DecisionOutcomes.infer("Godkendt med de faldne bemærkninger."))
                .contains(DecisionOutcome.APPROVED_WITH_REMARKS);
        assertThat(DecisionOutcomes.infer("Taget til efterretning.")).contains(DecisionOutcome.NOTED);
        assertThat(DecisionOutcomes.infer("Sagen blev udsat.")).contains(DecisionOutcome.POSTPONED);
        assertThat(DecisionOutcomes.infer("Ikke godkendt.")).contains(DecisionOutcome.REJECTED);
        assertThat(DecisionOutcomes.infer("Ingen bemærkninger")).isEmpty();
    }

    @Test
    void shouldTakeAVoteForTheDecisionsOwnOutcome() {
        assertThat(DecisionOutcomes.infer("Godkendt med 15 stemmer (A, V, F) mod 10 (O, C).\n"
                + "Mindretalsudtalelse fra O: Udgiften er ikke finansieret.")).contains(DecisionOutcome.APPROVED);
        assertThat(DecisionOutcomes.infer("Forslaget blev forkastet med 6 stemmer mod 3."))
                .contains(DecisionOutcome.REJECTED);
        assertThat(DecisionOutcomes.infer("Forslaget blev nedstemt.")).contains(DecisionOutcome.REJECTED);
        assertThat(DecisionOutcomes.infer("Indstillingen blev vedtaget med 9 stemmer mod 2."))
                .contains(DecisionOutcome.APPROVED);
    }
}
