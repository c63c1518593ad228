package dk.radhus.meetings.service;

import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.InitiativeLight;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.SectionType;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.text.DanishFormat;

/** The directorate's item on the red initiatives of a growth policy's action plan, an orientation to take note of. */
final class ActionPlanAgendaText {

    private ActionPlanAgendaText() {
    }

    /** {@code red} is not empty; its first initiative names the policy. */
    static DraftContent content(UUID policyId, List<InitiativeLight> red) {
        String count = count(red.size());
        String policy = red.get(0).policyTitle;
        StringBuilder presentation = new StringBuilder("Handlingsplanen for ").append(policy).append(" har ")
                .append(count).append(" med rødt stoplys:");
        for (InitiativeLight initiative : red) {
            presentation.append("\n\n").append(initiative.reference).append(' ').append(initiative.title)
                    .append("\nFokusområde: ").append(initiative.focusAreaTitle)
                    .append(". Ansvarlig: ").append(initiative.departmentCode)
                    .append(". Status pr. ").append(DanishFormat.longDate(initiative.asOf)).append(": ")
                    .append(initiative.narrative);
        }
        String recommendation = "Administrationen indstiller, at Direktionen orienteres om status for " + count
                + " i rødt i handlingsplanen for " + policy + ", og at orienteringen tages til efterretning.";
        return new DraftContent("Status på handlingsplan for vækstpolitikken: " + count + " i rødt",
                ItemKind.INFORMATION, ItemAccess.OPEN,
                List.of(section(SectionType.CASE_PRESENTATION, presentation.toString()),
                        section(SectionType.RECOMMENDATION, recommendation)),
                List.of(new ItemReference(ObjectReference.Kind.ACTION_PLAN, policyId.toString())));
    }

    private static String count(int initiatives) {
        return initiatives == 1 ? "1 indsats" : initiatives + " indsatser";
    }

    private static ItemSection section(SectionType type, String body) {
        return new ItemSection(type, type.danishHeading(), body);
    }
}
