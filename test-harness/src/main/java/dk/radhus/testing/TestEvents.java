package dk.radhus.testing;

import java.time.Instant;
import java.util.UUID;

/** Builds event envelopes as JSON text, the way a producing service's outbox writes them. */
public final class TestEvents {

    private TestEvents() {
    }

    /** An envelope around {@code payloadJson} (a JSON object literal) with a fresh id, occurring now. */
    public static String envelope(String type, String aggregateType, String aggregateId, String payloadJson) {
        return envelope(UUID.randomUUID(), type, aggregateType, aggregateId, Instant.now(), payloadJson);
    }

    /** An envelope of version 1 of {@code type}. */
    public static String envelope(UUID id, String type, String aggregateType, String aggregateId, Instant occurredAt,
            String payloadJson) {
        return envelope(id, type, 1, aggregateType, aggregateId, occurredAt, payloadJson);
    }

    public static String envelope(UUID id, String type, int version, String aggregateType, String aggregateId,
            Instant occurredAt, String payloadJson) {
        return """
                {"id":"%s","type":"%s","version":%d,"occurredAt":"%s","aggregateType":"%s","aggregateId":"%s","payload":%s}"""
                .formatted(id, type, version, occurredAt, aggregateType, aggregateId, payloadJson);
    }
}
