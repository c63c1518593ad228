package dk.radhus.platform.events;

import java.util.Map;
import java.util.Optional;

/** The registry of event types: their wire name, current version and payload record. */
public final class EventTypes {

    /** One registered event type. */
    public record EventType(String name, int version, Class<? extends EventPayload> payloadType) {
    }

    private static final Map<Class<? extends EventPayload>, EventType> BY_CLASS = Map.of(
            CommitteeUpserted.class, new EventType("CommitteeUpserted", 1, CommitteeUpserted.class));

    private EventTypes() {
    }

    public static EventType of(Class<? extends EventPayload> payloadType) {
        EventType type = BY_CLASS.get(payloadType);
        if (type == null) {
            throw new IllegalArgumentException("Unregistered event payload " + payloadType.getName());
        }
        return type;
    }

    public static Optional<EventType> byName(String name) {
        return BY_CLASS.values().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
