package dk.radhus.platform.events;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * What the public may see of an agenda item changed: the item was closed or reopened, or its decision became public
 * when the minutes were approved. Published by meetings-service on {@link Topics#MEETING_DECISIONS}, keyed by item id
 * like {@link DecisionRecorded}, with the same growing {@code itemVersion}; consumers apply it to every copy of the
 * item's content they keep, and only when it is newer than the visibility they hold.
 */
public record ItemVisibilityChanged(
        @NotNull UUID itemId,
        @NotNull UUID meetingId,
        int itemNumber,
        @Positive long itemVersion,
        @NotNull @Valid ItemVisibility visibility) implements AgendaItemEvent {
}
