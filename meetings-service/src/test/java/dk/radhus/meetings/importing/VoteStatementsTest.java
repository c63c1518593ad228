package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.VoteChoice;
import dk.radhus.meetings.VoteNoteKind;
import dk.radhus.meetings.importing.VoteStatements.Count;
import dk.radhus.meetings.importing.VoteStatements.Reading;
import dk.radhus.meetings.importing.VoteStatements.Remark;

/** Votes and notes as minutes state them in their decisions; what cannot be read is a warning, never a wrong vote. */
class VoteStatementsTest {

    @Test
    void shouldReadAUnanimousDecision() {
        for (String text : new String[] { "Enstemmigt godkendt.", "Anbefales enstemmigt.", "Godkendt enstemmigt.",
                "Et enigt udvalg godkendte indstillingen.", "Et samlet byråd tiltrådte indstillingen." }) {
            Reading reading = VoteStatements.read(text);
            assertThat(reading.vote()).as(text).isNotNull();
            assertThat(reading.vote().unanimous()).as(text).isTrue();
            assertThat(reading.vote().counts()).as(text).isEmpty();
            assertThat(reading.warnings()).as(text).isEmpty();
        }
    }

    @Test
    void shouldReadVotesForAndAgainstWithTheParties() {
        Reading reading = VoteStatements.read("Godkendt med 15 stemmer (A, V, F) mod 10 (O, C).");

        assertThat(reading.vote().unanimous()).isFalse();
        assertThat(reading.vote().counts()).containsExactly(new Count("A, V, F", VoteChoice.FOR, 15),
                new Count("O, C", VoteChoice.AGAINST, 10));
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void shouldReadAbstentionsAfterTheVotesForAndAgainst() {
        Reading reading = VoteStatements.read(
                "Indstillingen blev godkendt med 7 stemmer for (A og V) mod 2 (O), idet 1 undlod at stemme (Liste F).");

        assertThat(reading.vote().counts()).containsExactly(new Count("A, V", VoteChoice.FOR, 7),
                new Count("O", VoteChoice.AGAINST, 2), new Count("F", VoteChoice.ABSTAIN, 1));
    }

    @Test
    void shouldCountTheMajorityAgainstWhenTheProposalWasRejected() {
        Reading reading = VoteStatements.read("Forslaget blev forkastet med 15 stemmer mod 10.");

        assertThat(reading.vote().counts()).containsExactly(
                new Count(VoteStatements.UNNAMED, VoteChoice.AGAINST, 15),
                new Count(VoteStatements.UNNAMED, VoteChoice.FOR, 10));
    }

    @Test
    void shouldLeaveOutAChoiceNobodyMade() {
        Reading reading = VoteStatements.read("Godkendt med 9 stemmer (A, V) mod 0.");

        assertThat(reading.vote().unanimous()).isFalse();
        assertThat(reading.vote().counts()).containsExactly(new Count("A, V", VoteChoice.FOR, 9));
    }

    @Test
    void shouldReadOneLinePerChoice() {
        Reading reading = VoteStatements.read(
                "Sagen blev sat til afstemning.\nFor stemte 7 (A). Imod stemte: O og C (3). 1 undlod at stemme (F).");

        assertThat(reading.vote().counts()).containsExactlyInAnyOrder(new Count("A", VoteChoice.FOR, 7),
                new Count("O, C", VoteChoice.AGAINST, 3), new Count("F", VoteChoice.ABSTAIN, 1));
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void shouldGiveEachMemberNamedOneByOneOneVote() {
        Reading reading = VoteStatements.read("For stemte: Hugo Hammel og Ida Holm. Imod stemte: Jens Bo Jensen.");

        assertThat(reading.vote().counts()).containsExactly(new Count("Hugo Hammel", VoteChoice.FOR, 1),
                new Count("Ida Holm", VoteChoice.FOR, 1), new Count("Jens Bo Jensen", VoteChoice.AGAINST, 1));
    }

    @Test
    void shouldRecordNoVoteButAWarningWhenPartiesAreGivenWithoutNumbers() {
        for (String text : new String[] { "For stemte: A, V og F. Imod stemte: O.",
                "Et flertal (A, V) godkendte indstillingen. Et mindretal (O) stemte imod.",
                "Godkendt. F undlod at stemme.",
                "Sagen blev sat til afstemning med 5 stemmer mod 4." }) {
            Reading reading = VoteStatements.read(text);
            assertThat(reading.vote()).as(text).isNull();
            assertThat(reading.warnings()).as(text).singleElement().asString()
                    .startsWith("Afstemningen kunne ikke læses");
        }
    }

    @Test
    void shouldRecordNoVoteWhenTheTextContradictsItself() {
        Reading reading = VoteStatements.read("Enstemmigt godkendt med 9 stemmer mod 2.");

        assertThat(reading.vote()).isNull();
        assertThat(reading.warnings()).singleElement().asString().contains("både enstemmig og med stemmetal");
    }

    @Test
    void shouldReadNoVoteAndNoWarningFromADecisionWithoutOne() {
        for (String text : new String[] { "Godkendt.", "Taget til efterretning.", "", "Udsat til næste møde." }) {
            Reading reading = VoteStatements.read(text);
            assertThat(reading.vote()).as(text).isNull();
            assertThat(reading.warnings()).as(text).isEmpty();
            assertThat(reading.remarks()).as(text).isEmpty();
        }
    }

    @Test
    void shouldReadMinorityStatementsAndNotesWithoutTakingTheirWordsForTheVote() {
        Reading reading = VoteStatements.read("""
                Godkendt med 5 stemmer (A, V) mod 2 (O).
                Mindretalsudtalelse fra O: Vi stemte imod, fordi udgiften ikke er finansieret.
                Protokoltilførsel: Ø ønsker sagen genoptaget efter sommerferien.
                Ida Holm (B) ønskede følgende tilført protokollen: Jeg støtter ikke placeringen.""");

        assertThat(reading.vote().counts()).containsExactly(new Count("A, V", VoteChoice.FOR, 5),
                new Count("O", VoteChoice.AGAINST, 2));
        assertThat(reading.remarks()).containsExactly(
                new Remark(VoteNoteKind.MINORITY_STATEMENT, "O",
                        "Vi stemte imod, fordi udgiften ikke er finansieret."),
                new Remark(VoteNoteKind.NOTE_TO_MINUTES, "", "Ø ønsker sagen genoptaget efter sommerferien."),
                new Remark(VoteNoteKind.NOTE_TO_MINUTES, "Ida Holm (B)", "Jeg støtter ikke placeringen."));
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void shouldReadConflictsOfInterestAndMembersWhoLeft() {
        Reading reading = VoteStatements.read("""
                Hugo Hammel (A) erklærede sig inhabil og deltog ikke i behandlingen.
                Pia Dam (Liste A) forlod mødet kl. 17.00 under punkt 8.
                Enstemmigt godkendt.""");

        assertThat(reading.vote().unanimous()).isTrue();
        assertThat(reading.remarks()).containsExactly(
                new Remark(VoteNoteKind.CONFLICT_OF_INTEREST, "Hugo Hammel (A)", null),
                new Remark(VoteNoteKind.LEFT_MEETING, "Pia Dam (Liste A)", "kl. 17.00 under punkt 8"));
    }
}
