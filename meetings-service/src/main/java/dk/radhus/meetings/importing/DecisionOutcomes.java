package dk.radhus.meetings.importing;

import java.util.Locale;
import java.util.Optional;

import dk.radhus.platform.events.DecisionOutcome;

/**
 * Reads the outcome from a decision's wording: "Godkendt.", "Taget til efterretning.", "Godkendt med de faldne …",
 * "Forslaget blev forkastet …"; "Godkendt med 15 stemmer …" is an approval by vote, not with remarks.
 */
final class DecisionOutcomes {

    private DecisionOutcomes() {
    }

    static Optional<DecisionOutcome> infer(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("ikke godkendt") || t.contains("afvist") || t.contains("afvises") || t.contains("forkast")
                || t.contains("nedstemt")) {
            return Optional.of(DecisionOutcome.REJECTED);
        }
        if (t.contains("udsat") || t.contains("udsættes")) {
            return Optional.of(DecisionOutcome.POSTPONED);
        }
        if (t.matches("(?s).*godkend(t|es) med (?![0-9]+ stemmer).*")) {
            return Optional.of(DecisionOutcome.APPROVED_WITH_REMARKS);
        }
        if (t.contains("til efterretning")) {
            return Optional.of(DecisionOutcome.NOTED);
        }
        if (t.contains("godkendt") || t.contains("godkendes") || t.contains("anbefales") || t.contains("tiltrådt")
                || t.contains("tiltrædes") || t.contains("vedtaget") || t.contains("vedtages")) {
            return Optional.of(DecisionOutcome.APPROVED);
        }
        return Optional.empty();
    }
}
