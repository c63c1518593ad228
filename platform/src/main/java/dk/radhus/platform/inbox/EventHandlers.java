package dk.radhus.platform.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.EventPayload;
import dk.radhus.platform.events.EventTypes;

/** The event types one consumer acts on, each with the effect to apply. Built once per consumer. */
public final class EventHandlers {

    /** The effect of one event; runs inside the transaction that records the event as processed. */
    @FunctionalInterface
    public interface Handler<P extends EventPayload> {
        void apply(EventEnvelope envelope, P payload);
    }

    record Registration<P extends EventPayload>(EventTypes.EventType type, Class<P> payloadClass, Handler<P> handler) {
        void apply(EventEnvelope envelope, EventPayload payload) {
            handler.apply(envelope, payloadClass.cast(payload));
        }
    }

    private final Map<String, Registration<?>> byType = new HashMap<>();

    private EventHandlers() {
    }

    public static <P extends EventPayload> EventHandlers on(Class<P> payloadType, Handler<P> handler) {
        return new EventHandlers().and(payloadType, handler);
    }

    public <P extends EventPayload> EventHandlers and(Class<P> payloadType, Handler<P> handler) {
        EventTypes.EventType type = EventTypes.of(payloadType);
        byType.put(type.name(), new Registration<>(type, payloadType, handler));
        return this;
    }

    Optional<Registration<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
