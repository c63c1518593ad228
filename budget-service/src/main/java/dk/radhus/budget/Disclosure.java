package dk.radhus.budget;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dk.radhus.budget.DecidedItem;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.PublicAgendaItem;

/**
 * What one caller may see of the decisions budget objects rest on, by {@link dk.radhus.platform.events.ItemVisibility}:
 * staff (finance, director, admin) see every citation. The public sees what a decision changed (a follow-up approved,
 * an appropriation booked or reversed) once the minutes are approved; until then a follow-up the decision approved is
 * shown as submitted, and its requests as requested. It sees an open item's title, case number and decision text, and
 * of a closed item only its number and "Lukket punkt".
 */
public final class Disclosure {

    /** The name the public sees for a change a staff member made: the department, not the person. */
    public static final String FINANCE_DEPARTMENT = "Økonomiafdelingen";

    private final boolean staff;
    private final Map<UUID, DecidedItem> items;

    private Disclosure(boolean staff, Map<UUID, DecidedItem> items) {
        this.staff = staff;
        this.items = items;
    }

    /** The disclosure for a caller, knowing the items that {@code itemIds} name (nulls are ignored). */
    public static Disclosure of(boolean staff, Collection<UUID> itemIds) {
        return new Disclosure(staff, DecidedItem.byIds(itemIds.stream().filter(Objects::nonNull).distinct().toList()));
    }

    public boolean staff() {
        return staff;
    }

    /** Whether the caller may see what the decision of {@code itemId} changed; true where there is no decision. */
    public boolean showsEffects(UUID itemId) {
        if (itemId == null || staff) {
            return true;
        }
        DecidedItem item = items.get(itemId);
        return item != null && item.visibility.current().showsEffectsTo(false);
    }

    /** Whether the caller may see the decision text of {@code itemId}; true where there is no decision. */
    public boolean showsDecisionText(UUID itemId) {
        if (itemId == null || staff) {
            return true;
        }
        DecidedItem item = items.get(itemId);
        return item != null && item.visibility.current().showsDecisionTo(false);
    }

    public FollowUp.Status status(FollowUp followUp) {
        return followUp.status == FollowUp.Status.APPROVED && !showsEffects(followUp.decisionItemId)
                ? FollowUp.Status.SUBMITTED : followUp.status;
    }

    public DecisionOutcome outcome(FollowUp followUp) {
        return showsEffects(followUp.decisionItemId) ? followUp.decisionOutcome : null;
    }

    /** A state change's reason: a decision's text only where the caller may see it, else "Lukket punkt". */
    public String reason(String reason, UUID itemId) {
        return showsDecisionText(itemId) ? reason : "Beslutning: " + PublicAgendaItem.CLOSED_TITLE;
    }

    public FollowUpLine.AppropriationStatus appropriationStatus(FollowUpLine.AppropriationStatus status,
            UUID decisionItemId) {
        if (showsEffects(decisionItemId) || status == FollowUpLine.AppropriationStatus.NONE) {
            return status;
        }
        return FollowUpLine.AppropriationStatus.REQUESTED;
    }

    /** Who made a change, as the caller may see it: committees by name, staff members as their department. */
    public String by(String changedBy) {
        return staff || changedBy.startsWith("udvalg ") ? changedBy : FINANCE_DEPARTMENT;
    }

    /** A ledger entry's text and the decision it cites, as the caller may see them. */
    public Citation citation(LedgerEntry entry) {
        Citation full = new Citation(entry.text, entry.meetingId, entry.meetingDate, entry.itemNumber,
                entry.caseNumber);
        if (staff || entry.appropriationLineId == null && entry.itemId == null) {
            return full;
        }
        DecidedItem item = entry.itemId == null ? null : items.get(entry.itemId);
        if (item != null && item.visibility.current().contentPublic()) {
            return full;
        }
        String kind = entry.reverses == null ? "Tillægsbevilling" : "Tilbageførsel af tillægsbevilling";
        return new Citation(kind + ": " + PublicAgendaItem.CLOSED_TITLE, null, entry.meetingDate, entry.itemNumber,
                null);
    }

    /** A ledger entry's text and the decision it rests on: meeting, date, item number and case number. */
    public record Citation(String text, UUID meetingId, LocalDate meetingDate, Integer itemNumber, String caseNumber) {
    }
}
