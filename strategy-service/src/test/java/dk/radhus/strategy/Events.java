package dk.radhus.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.TestEvents;

/** Produces other services' events as raw envelopes on the test broker. */
final class Events {

    private Events() {
    }

    static void send(String topic, String key, String envelope) {
        KafkaTestClient.send(topic, key, envelope);
    }

    static String decision(UUID eventId, UUID itemId, String kind, String objectId, String outcome) {
        return decision(eventId, itemId, kind, objectId, outcome, false);
    }

    static String decision(UUID eventId, UUID itemId, String kind, String objectId, String outcome,
            boolean confidential) {
        String payload = """
                {"itemId":"%s","meetingId":"%s","committeeCode":"DIR","meetingDate":"2019-12-16","itemNumber":6,
                 "caseNumber":"18/8420","title":"Handlingsplan for vækstpolitik",
                 "decisionText":"Godkendt med de faldne kommentarer.","outcome":"%s","decidedOn":"2019-12-16",
                 "confidential":%s,"references":[{"kind":"%s","id":"%s"}]}"""
                .formatted(itemId, UUID.nameUUIDFromBytes(itemId.toString().getBytes()), outcome, confidential, kind,
                        objectId);
        return TestEvents.envelope(eventId, "DecisionRecorded", "AgendaItem", itemId.toString(), Instant.now(), payload);
    }

    static String followUp(UUID followUpId, String committee, int round, String correctedBudget, String forecast,
            String deviation) {
        String line = """
                {"policyAreaCode":"881","policyAreaName":"Borger og erhverv","originalBudget":%s,"correctedBudget":%s,
                 "spendToDate":25000,"spendPercentage":25.0,"requestedAppropriation":0,"correctedBudgetAfterRequest":%s,
                 "forecast":%s,"deviation":%s}""".formatted(correctedBudget, correctedBudget, correctedBudget, forecast,
                deviation);
        String payload = """
                {"followUpId":"%s","committeeCode":"%s","fiscalYear":2019,"round":%d,"cutOffDate":"%s",
                 "unit":"DKK_THOUSANDS","lines":[%s],"totals":%s,"deviations":[],"appropriationRequested":false,
                 "tableHtml":null}""".formatted(followUpId, committee, round, LocalDate.of(2019, 3 * round, 28), line, line);
        return TestEvents.envelope("FollowUpSubmitted", "BudgetFollowUp", followUpId.toString(), payload);
    }

    static String deviation(UUID followUpId, String committee, String kind) {
        String payload = """
                {"followUpId":"%s","committeeCode":"%s","fiscalYear":2019,"round":1,"cutOffDate":"2019-03-28",
                 "policyAreaCode":"881","policyAreaName":"Borger og erhverv","unit":"DKK_THOUSANDS",
                 "correctedBudget":100000,"forecast":99000,"deviation":1000,"kind":"%s","rule":"SPEND_AHEAD"}"""
                .formatted(followUpId, committee, kind);
        return TestEvents.envelope("DeviationDetected", "BudgetFollowUp", followUpId.toString(), payload);
    }

    static String committee(String code, String name) {
        String payload = """
                {"code":"%s","name":"%s","kind":"POLITICAL_COMMITTEE","active":true}""".formatted(code, name);
        return TestEvents.envelope("CommitteeUpserted", "Committee", code, payload);
    }
}
