package dk.radhus.platform.events;

import java.util.List;
import java.util.Optional;

/** The registry of event types: their wire name, current version and payload record. Register new types here. */
public final class EventTypes {

    /** One registered event type. */
    public record EventType(String name, int version, Class<? extends EventPayload> payloadType) {
    }

    private static final List<EventType> ALL = List.of(
            new EventType("CommitteeUpserted", 1, CommitteeUpserted.class),
            new EventType("DecisionRecorded", 2, DecisionRecorded.class),
            new EventType("ItemVisibilityChanged", 1, ItemVisibilityChanged.class),
            new EventType("InitiativeStatusChanged", 1, InitiativeStatusChanged.class),
            new EventType("GrowthAccountPublished", 1, GrowthAccountPublished.class),
            new EventType("AgendaPublished", 1, AgendaPublished.class),
            new EventType("MinutesApproved", 1, MinutesApproved.class),
            new EventType("FollowUpSubmitted", 1, FollowUpSubmitted.class),
            new EventType("DeviationDetected", 1, DeviationDetected.class),
            new EventType("BudgetChanged", 1, BudgetChanged.class));

    private EventTypes() {
    }

    public static EventType of(Class<? extends EventPayload> payloadType) {
        return ALL.stream().filter(t -> t.payloadType().equals(payloadType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unregistered event payload " + payloadType.getName()));
    }

    public static Optional<EventType> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
