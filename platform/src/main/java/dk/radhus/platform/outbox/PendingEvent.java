package dk.radhus.platform.outbox;

import java.util.UUID;

/** An outbox row waiting to be published: where it goes, its key and the serialised envelope. */
public record PendingEvent(UUID id, String topic, String key, String eventType, String envelope) {
}
