package dk.radhus.budget;

import java.time.Instant;
import java.util.UUID;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.TestEvents;

/**
 * meetings-service's events about one agenda item, as raw envelopes on the test broker: DecisionRecorded (version 2)
 * and ItemVisibilityChanged, each with the item version the test gives, keyed by the item id.
 */
final class ItemEvents {

    final UUID itemId = UUID.randomUUID();
    private final String committee;
    private final int year;
    private String title = "2. Budgetopfølgning";
    private String caseNumber = "11/2334";
    private String decisionText = "Godkendt.";

    ItemEvents(String committee, int year) {
        this.committee = committee;
        this.year = year;
    }

    /** Puts {@code marker} into the title, case number and decision text of every later decision. */
    ItemEvents marked(String marker) {
        title = "Tillægsbevilling " + marker;
        caseNumber = marker;
        decisionText = "Godkendt " + marker + ".";
        return this;
    }

    /** A DecisionRecorded, with a fresh event id. */
    UUID decision(long version, String outcome, boolean closed, boolean decisionPublic, String kind, String id) {
        return decision(UUID.randomUUID(), version, outcome, closed, decisionPublic, kind, id);
    }

    UUID decision(UUID eventId, long version, String outcome, boolean closed, boolean decisionPublic, String kind,
            String id) {
        String payload = """
                {"itemId":"%s","meetingId":"%s","committeeCode":"%s","meetingDate":"%d-05-11","itemNumber":5,
                 "caseNumber":"%s","title":"%s","decisionText":"%s","outcome":"%s","decidedOn":"%d-05-11",
                 "references":[{"kind":"%s","id":"%s"}],"itemVersion":%d,
                 "visibility":{"closed":%s,"decisionPublic":%s}}"""
                .formatted(itemId, UUID.nameUUIDFromBytes(committee.getBytes()), committee, year, caseNumber, title,
                        decisionText, outcome, year, kind, id, version, closed, decisionPublic);
        KafkaTestClient.send(Topics.MEETING_DECISIONS, itemId.toString(), TestEvents.envelope(eventId,
                "DecisionRecorded", 2, "AgendaItem", itemId.toString(), Instant.now(), payload));
        return eventId;
    }

    /** An ItemVisibilityChanged. */
    void visibility(long version, boolean closed, boolean decisionPublic) {
        String payload = """
                {"itemId":"%s","meetingId":"%s","itemNumber":5,"itemVersion":%d,
                 "visibility":{"closed":%s,"decisionPublic":%s}}"""
                .formatted(itemId, UUID.nameUUIDFromBytes(committee.getBytes()), version, closed, decisionPublic);
        KafkaTestClient.send(Topics.MEETING_DECISIONS, itemId.toString(), TestEvents.envelope(UUID.randomUUID(),
                "ItemVisibilityChanged", 1, "AgendaItem", itemId.toString(), Instant.now(), payload));
    }
}
