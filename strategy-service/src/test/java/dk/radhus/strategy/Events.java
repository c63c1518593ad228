package dk.radhus.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.TestEvents;

/** Produces other services' events as raw envelopes on the test broker. */
final class Events {

    private Events() {
    }

    static void send(String topic, String key, String envelope) {
        KafkaTestClient.send(topic, key, envelope);
    }

    /** An open item's decision, version 1, already public (the minutes approved). */
    static String decision(UUID eventId, UUID itemId, String kind, String objectId, String outcome) {
        return Decision.of(itemId, kind, objectId).outcome(outcome).envelope(eventId);
    }

    /**
     * A DecisionRecorded (version 2 of the event) about one item and one referenced object. Defaults: item version 1,
     * open, decision public, case number 18/8420; change them with the withers.
     */
    record Decision(UUID itemId, long itemVersion, String kind, String objectId, String outcome, String title,
            String caseNumber, String decisionText, boolean closed, boolean decisionPublic) {

        static Decision of(UUID itemId, String kind, String objectId) {
            return new Decision(itemId, 1, kind, objectId, "APPROVED", "Handlingsplan for vækstpolitik", "18/8420",
                    "Godkendt med de faldne kommentarer.", false, true);
        }

        Decision version(long version) {
            return new Decision(itemId, version, kind, objectId, outcome, title, caseNumber, decisionText, closed,
                    decisionPublic);
        }

        Decision outcome(String newOutcome) {
            return new Decision(itemId, itemVersion, kind, objectId, newOutcome, title, caseNumber, decisionText,
                    closed, decisionPublic);
        }

        /** The marker in the title, case number and decision text. */
        Decision marked(String marker) {
            return new Decision(itemId, itemVersion, kind, objectId, outcome, "Sag " + marker, marker + "/1",
                    "Beslutning " + marker, closed, decisionPublic);
        }

        Decision text(String text) {
            return new Decision(itemId, itemVersion, kind, objectId, outcome, title, caseNumber, text, closed,
                    decisionPublic);
        }

        Decision visibility(boolean isClosed, boolean isDecisionPublic) {
            return new Decision(itemId, itemVersion, kind, objectId, outcome, title, caseNumber, decisionText,
                    isClosed, isDecisionPublic);
        }

        String envelope() {
            return envelope(UUID.randomUUID());
        }

        String envelope(UUID eventId) {
            String payload = """
                    {"itemId":"%s","meetingId":"%s","committeeCode":"DIR","meetingDate":"2019-12-16","itemNumber":6,
                     "caseNumber":"%s","title":"%s","decisionText":"%s","outcome":"%s","decidedOn":"2019-12-16",
                     "references":[{"kind":"%s","id":"%s"}],"itemVersion":%d,
                     "visibility":{"closed":%s,"decisionPublic":%s}}"""
                    .formatted(itemId, UUID.nameUUIDFromBytes(itemId.toString().getBytes()), caseNumber, title,
                            decisionText, outcome, kind, objectId, itemVersion, closed, decisionPublic);
            return TestEvents.envelope(eventId, "DecisionRecorded", 2, "AgendaItem", itemId.toString(), Instant.now(),
                    payload);
        }

        void send() {
            Events.send(Topics.MEETING_DECISIONS, itemId.toString(), envelope());
        }
    }

    static String visibilityChanged(UUID itemId, long itemVersion, boolean closed, boolean decisionPublic) {
        String payload = """
                {"itemId":"%s","meetingId":"%s","itemNumber":6,"itemVersion":%d,
                 "visibility":{"closed":%s,"decisionPublic":%s}}"""
                .formatted(itemId, UUID.nameUUIDFromBytes(itemId.toString().getBytes()), itemVersion, closed,
                        decisionPublic);
        return TestEvents.envelope("ItemVisibilityChanged", "AgendaItem", itemId.toString(), payload);
    }

    /** A BudgetChanged for fiscal year 2019 (the year of {@link #followUp}); amounts in kroner. */
    static String budgetChanged(String committee, long sequence, String correctedBudgetKroner) {
        return budgetChanged(committee, sequence, correctedBudgetKroner, "APPROPRIATION_BOOKED");
    }

    /** A BudgetChanged for fiscal year 2019 with the given cause, as budget-service may name it. */
    static String budgetChanged(String committee, long sequence, String correctedBudgetKroner, String cause) {
        String payload = """
                {"committeeCode":"%s","fiscalYear":2019,"sequence":%d,"policyAreaCode":"881",
                 "originalBudget":100000000,"supplementaryAppropriations":0,"transfers":0,"correctedBudget":%s,
                 "accounts":0,"cause":"%s","causeId":"%s"}"""
                .formatted(committee, sequence, correctedBudgetKroner, cause, UUID.randomUUID());
        return TestEvents.envelope("BudgetChanged", "CommitteeBudget", committee + ":2019", payload);
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
