package dk.radhus.meetings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.EventPayload;
import dk.radhus.platform.events.EventTypes;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.platform.events.InitiativeStatusChanged;
import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;

/** Produces budget-service's and strategy-service's events onto their topics, in the platform event envelope. */
final class DraftingEvents {

    /** budget-service's committee table, with the attacks a compromised producer could add. */
    static final String TABLE_HTML = """
            <table class="radhus-budget-table">
            <caption>Tabel 1: Budgetoversigt</caption>
            <thead><tr><th>Politikområde</th><th>Opr. budget 2011</th><th>Korr. budget 2011</th></tr></thead>
            <tbody>
            <tr class="line"><td onclick="steal()">881 Borger og erhvervsudvalget</td><td>355</td><td>353</td></tr>
            <tr class="total"><td><b>I alt</b></td><td><b>355</b></td><td><b>353</b></td></tr>
            </tbody>
            </table>
            <script>alert('tabel')</script><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">link</a>
            """;

    private final ObjectMapper objectMapper;

    DraftingEvents(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The 2nd follow-up 2011 of the seed agenda: 881 on budget, nothing requested. */
    static FollowUpSubmitted followUp(UUID followUpId, String committee) {
        FollowUpSubmitted.Line line = line("881", "Borger og erhvervsudvalget", "353", "0", "353", null);
        return new FollowUpSubmitted(followUpId, committee, 2011, 2, LocalDate.of(2011, 3, 31),
                AmountUnit.DKK_THOUSANDS, List.of(line), total(line, "0", "353"), List.of(), false, TABLE_HTML);
    }

    /** As {@link #followUp} plus 882, which overspends by 600 and requests a supplementary appropriation of 450. */
    static FollowUpSubmitted followUpRequesting(UUID followUpId, String committee, UUID requestId) {
        FollowUpSubmitted.Line onBudget = line("881", "Borger og erhvervsudvalget", "353", "0", "353", null);
        FollowUpSubmitted.Line requesting = line("882", "Integration", "1000", "450", "1600", requestId);
        FollowUpSubmitted.Line totals = new FollowUpSubmitted.Line(null, "I alt", new BigDecimal("1357"),
                new BigDecimal("1353"), new BigDecimal("-50"), null, new BigDecimal("450"), new BigDecimal("1803"),
                new BigDecimal("1953"), new BigDecimal("-600"), null);
        return new FollowUpSubmitted(followUpId, committee, 2011, 2, LocalDate.of(2011, 3, 31),
                AmountUnit.DKK_THOUSANDS, List.of(onBudget, requesting), totals,
                List.of(new FollowUpSubmitted.Deviation("882", "FORECAST_DEVIATION",
                        "Forventet merforbrug på 600.000 kr. i forhold til korrigeret budget (grænse: 5 % og 500.000 kr.).")),
                true, TABLE_HTML);
    }

    static InitiativeStatusChanged status(UUID initiative, UUID policy, String reference,
            InitiativeStatusChanged.Light light, LocalDate asOf) {
        return new InitiativeStatusChanged(initiative, reference, "Indsats " + reference, policy,
                "Vækstpolitik 2018-2022 – Vækst – vejen til velfærd", "Byudvikling", "BYC", null, light,
                "Status for " + reference + " er " + light, asOf, "strategi");
    }

    /** Sends a new event now; returns its id. */
    UUID send(String topic, EventPayload payload) {
        UUID id = UUID.randomUUID();
        send(topic, id, Instant.now(), payload);
        return id;
    }

    void send(String topic, UUID eventId, Instant occurredAt, EventPayload payload) {
        KafkaTestClient.send(topic, payload.aggregateId(), envelope(eventId, occurredAt, payload));
    }

    String envelope(UUID eventId, Instant occurredAt, EventPayload payload) {
        EventTypes.EventType type = EventTypes.of(payload.getClass());
        try {
            return objectMapper.writeValueAsString(new EventEnvelope(eventId, type.name(), type.version(), occurredAt,
                    payload.aggregateType(), payload.aggregateId(), objectMapper.valueToTree(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void sendFollowUp(FollowUpSubmitted followUp) {
        send(Topics.BUDGET_FOLLOW_UPS, followUp);
    }

    void sendStatus(InitiativeStatusChanged status) {
        send(Topics.STRATEGY, status);
    }

    private static FollowUpSubmitted.Line line(String code, String name, String corrected, String requested,
            String forecast, UUID requestId) {
        BigDecimal correctedBudget = new BigDecimal(corrected);
        BigDecimal requestedAmount = new BigDecimal(requested);
        BigDecimal forecastAmount = new BigDecimal(forecast);
        return new FollowUpSubmitted.Line(code, name, correctedBudget.add(BigDecimal.valueOf(2)), correctedBudget,
                new BigDecimal("-25"), null, requestedAmount, correctedBudget.add(requestedAmount), forecastAmount,
                correctedBudget.subtract(forecastAmount), requestId);
    }

    private static FollowUpSubmitted.Line total(FollowUpSubmitted.Line line, String requested, String forecast) {
        return new FollowUpSubmitted.Line(null, "I alt", line.originalBudget(), line.correctedBudget(),
                line.spendToDate(), null, new BigDecimal(requested), line.correctedBudgetAfterRequest(),
                new BigDecimal(forecast), line.deviation(), null);
    }
}
