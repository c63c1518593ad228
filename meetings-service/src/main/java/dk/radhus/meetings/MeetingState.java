package dk.radhus.meetings;

import java.util.Set;

/** Where a meeting is in its life: planned, agenda published (dagsorden), held, minutes approved (referat) or cancelled. */
public enum MeetingState {
    PLANNED,
    AGENDA_PUBLISHED,
    HELD,
    MINUTES_APPROVED,
    CANCELLED;

    /** The states this state may move to. */
    public Set<MeetingState> next() {
        return switch (this) {
            case PLANNED -> Set.of(AGENDA_PUBLISHED, CANCELLED);
            case AGENDA_PUBLISHED -> Set.of(HELD, CANCELLED);
            case HELD -> Set.of(MINUTES_APPROVED);
            case MINUTES_APPROVED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(MeetingState target) {
        return next().contains(target);
    }

    /** Whether the agenda is frozen, so a change to an item is an amendment with a reason. */
    public boolean agendaFrozen() {
        return this != PLANNED;
    }

    /** Whether nothing about the meeting may change any more. */
    public boolean closedForChanges() {
        return this == MINUTES_APPROVED || this == CANCELLED;
    }
}
