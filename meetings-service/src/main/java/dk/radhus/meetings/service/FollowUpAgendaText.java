package dk.radhus.meetings.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.SafeHtml;
import dk.radhus.meetings.SectionFormat;
import dk.radhus.meetings.SectionType;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.text.DanishFormat;

/**
 * The agenda item for a submitted budget follow-up, worded like "2. Budgetopfølgning og regnskabsprognose 2011 for
 * Borger- og Erhvervsudvalget": case presentation, the committee table under Økonomi, and the recommendation.
 */
final class FollowUpAgendaText {

    private FollowUpAgendaText() {
    }

    static DraftContent content(FollowUpSubmitted followUp, String committeeName) {
        String title = "%d. Budgetopfølgning og regnskabsprognose %d for %s"
                .formatted(followUp.round(), followUp.fiscalYear(), committeeName);
        List<ItemSection> sections = List.of(
                section(SectionType.CASE_PRESENTATION, casePresentation(followUp, committeeName), SectionFormat.TEXT),
                section(SectionType.FINANCES, finances(followUp, committeeName), SectionFormat.HTML),
                section(SectionType.RECOMMENDATION, recommendation(followUp, committeeName), SectionFormat.TEXT));
        List<ItemReference> references = new ArrayList<>();
        references.add(new ItemReference(ObjectReference.Kind.BUDGET_FOLLOW_UP, followUp.followUpId().toString()));
        requestingLines(followUp).stream().filter(line -> line.appropriationRequestId() != null)
                .map(line -> new ItemReference(ObjectReference.Kind.APPROPRIATION_REQUEST,
                        line.appropriationRequestId().toString()))
                .forEach(references::add);
        return new DraftContent(title, ItemKind.DECISION, ItemAccess.OPEN, sections, references);
    }

    private static String casePresentation(FollowUpSubmitted followUp, String committeeName) {
        FollowUpSubmitted.Line totals = followUp.totals();
        String cutOff = "pr. " + DanishFormat.cutOff(followUp.cutOffDate());
        StringBuilder text = new StringBuilder()
                .append("I henhold til den af Økonomiudvalget godkendte budgetopfølgningsprocedure fremlægges ")
                .append(followUp.round()).append(". budgetopfølgning og regnskabsprognose ")
                .append(followUp.fiscalYear()).append(" for ").append(committeeName)
                .append(" med forbrug ").append(cutOff).append(".\n\n")
                .append(committeeName).append(" har ved ").append(followUp.round())
                .append(". budgetopfølgning et korrigeret budget på ").append(amount(followUp, totals.correctedBudget()))
                .append(", et forbrug ").append(cutOff).append(" på ").append(amount(followUp, totals.spendToDate()))
                .append(" og et forventet regnskab på ").append(amount(followUp, totals.forecast())).append(' ')
                .append(outcome(followUp, totals.deviation())).append("\n\n");
        Map<String, FollowUpSubmitted.Line> lines = followUp.lines().stream().filter(l -> l.policyAreaCode() != null)
                .collect(Collectors.toMap(FollowUpSubmitted.Line::policyAreaCode, Function.identity(), (a, b) -> a));
        if (followUp.deviations().isEmpty()) {
            text.append("Budgetopfølgningen viser ingen afvigelser ud over afvigelsesgrænserne.");
        } else {
            text.append("Budgetopfølgningen viser følgende afvigelser:");
            for (FollowUpSubmitted.Deviation deviation : followUp.deviations()) {
                FollowUpSubmitted.Line line = lines.get(deviation.policyAreaCode());
                text.append("\n- ").append(line == null ? deviation.policyAreaCode() : area(line)).append(": ")
                        .append(deviation.description());
            }
        }
        if (followUp.appropriationRequested()) {
            text.append("\n\nDer søges om tillægsbevilling på i alt ")
                    .append(amount(followUp, totals.requestedAppropriation())).append(':');
            requestingLines(followUp).forEach(line -> text.append("\n- ").append(area(line)).append(": ")
                    .append(amount(followUp, line.requestedAppropriation())));
        }
        return text.toString();
    }

    private static String outcome(FollowUpSubmitted followUp, BigDecimal deviation) {
        return switch (deviation.signum()) {
            case 1 -> "Det giver et forventet mindreforbrug på " + amount(followUp, deviation);
            case -1 -> "Det giver et forventet merforbrug på " + amount(followUp, deviation.negate());
            default -> "Budgettet forventes overholdt.";
        };
    }

    /** Sanitized HTML: the summary paragraph and budget-service's committee table, with anything but a table removed. */
    private static String finances(FollowUpSubmitted followUp, String committeeName) {
        String table = followUp.tableHtml() == null ? "" : SafeHtml.sanitize(followUp.tableHtml());
        String summary = "%s har ved %d. budgetopfølgning et korrigeret budget på %s%s".formatted(committeeName,
                followUp.round(), amount(followUp, followUp.totals().correctedBudget()),
                table.isEmpty() ? "" : ", jf. tabel 1.");
        return SafeHtml.paragraph(summary) + table;
    }

    private static String recommendation(FollowUpSubmitted followUp, String committeeName) {
        String subject = "Administrationen indstiller, at %d. budgetopfølgning for %s"
                .formatted(followUp.round(), committeeName);
        if (!followUp.appropriationRequested()) {
            return subject + " tages til efterretning.";
        }
        String perLine = requestingLines(followUp).stream()
                .map(line -> area(line) + ": " + amount(followUp, line.requestedAppropriation()))
                .collect(Collectors.joining("; "));
        return subject + " godkendes, herunder ansøgt tillægsbevilling på i alt "
                + amount(followUp, followUp.totals().requestedAppropriation())
                + (perLine.isEmpty() ? "" : " (" + perLine + ").");
    }

    private static List<FollowUpSubmitted.Line> requestingLines(FollowUpSubmitted followUp) {
        return followUp.lines().stream().filter(line -> line.requestedAppropriation().signum() != 0).toList();
    }

    private static String area(FollowUpSubmitted.Line line) {
        return line.policyAreaCode() == null ? line.policyAreaName()
                : line.policyAreaCode() + " " + line.policyAreaName();
    }

    /** Ends with "kr.", whose period also closes a sentence. */
    private static String amount(FollowUpSubmitted followUp, BigDecimal value) {
        return DanishFormat.kroner(value.multiply(followUp.unit().kroner()));
    }

    private static ItemSection section(SectionType type, String body, SectionFormat format) {
        return new ItemSection(type, type.danishHeading(), body, format);
    }
}
