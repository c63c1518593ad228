package dk.radhus.platform.events;

/**
 * The payload of one event type. Each implementation is a record, registered in {@link EventTypes}, and names the
 * aggregate the event is about; the aggregate id is the Kafka key, so events of one aggregate stay in order.
 */
public interface EventPayload {

    String aggregateType();

    String aggregateId();
}
