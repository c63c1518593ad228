package dk.radhus.meetings.service;

import java.time.Instant;

import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.inbox.PoisonMessageException;

/** The event time that orders drafts: without it an older event could not be told from a newer one. */
final class EventTimes {

    private EventTimes() {
    }

    static Instant occurredAt(EventEnvelope envelope) {
        if (envelope.occurredAt() == null) {
            throw new PoisonMessageException("Event envelope lacks occurredAt");
        }
        return envelope.occurredAt();
    }
}
