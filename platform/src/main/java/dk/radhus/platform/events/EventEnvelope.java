package dk.radhus.platform.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** The wire shape of every event: identity, type and version, the aggregate it is about, and its payload. */
public record EventEnvelope(
        UUID id,
        String type,
        int version,
        Instant occurredAt,
        String aggregateType,
        String aggregateId,
        JsonNode payload) {
}
