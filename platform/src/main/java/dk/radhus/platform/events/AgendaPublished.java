package dk.radhus.platform.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A meeting's agenda (dagsorden) was published. Published by meetings-service on {@link Topics#MEETINGS_PUBLIC}; it is
 * the public projection, so closed items appear only as {@link PublicAgendaItem#closedItem(int)}.
 */
public record AgendaPublished(
        @NotNull UUID meetingId,
        @NotBlank String committeeCode,
        @NotNull LocalDateTime startsAt,
        String location,
        @NotNull List<@Valid PublicAgendaItem> items) implements EventPayload {

    @Override
    public String aggregateType() {
        return "Meeting";
    }

    @Override
    public String aggregateId() {
        return meetingId.toString();
    }
}
