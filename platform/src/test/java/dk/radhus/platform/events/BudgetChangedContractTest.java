package dk.radhus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.json.StrictJson;

/** BudgetChanged v1 stays readable when the producer moves on: a new cause or a new field is not a poison event. */
class BudgetChangedContractTest {

    /** As the services' inbox reads payloads: Quarkus's mapper (unknown properties ignored) with the platform's rules. */
    private static final ObjectMapper JSON = strictJson();

    private static ObjectMapper strictJson() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void shouldReadACarryOverWithItsOwnCauseApartFromTheSupplementaryAppropriations() throws Exception {
        BudgetChanged event = JSON.readValue(payload("CARRY_OVER_BOOKED", ",\"carriedOver\":96000"),
                BudgetChanged.class);

        assertThat(event.cause()).isEqualTo(BudgetChanged.Cause.CARRY_OVER_BOOKED);
        assertThat(event.supplementaryAppropriations()).isEqualByComparingTo("0");
        assertThat(event.carriedOver()).isEqualByComparingTo("96000");
        assertThat(event.correctedBudget()).isEqualByComparingTo(new BigDecimal("456000"));
    }

    @Test
    void shouldReadACauseItDoesNotKnowAsUnknownAndIgnoreAFieldItDoesNotKnow() throws Exception {
        BudgetChanged event = JSON.readValue(payload("BUDGET_REVISED_IN_A_LATER_VERSION", ",\"revision\":3"),
                BudgetChanged.class);

        assertThat(event.cause()).isEqualTo(BudgetChanged.Cause.UNKNOWN);
        assertThat(event.correctedBudget()).isEqualByComparingTo("456000");
    }

    @Test
    void shouldReadAnEventPublishedBeforeCarriedOverExistedWithoutIt() throws Exception {
        BudgetChanged event = JSON.readValue(payload("APPROPRIATION_BOOKED", ""), BudgetChanged.class);

        assertThat(event.cause()).isEqualTo(BudgetChanged.Cause.APPROPRIATION_BOOKED);
        assertThat(event.carriedOver()).isNull();
    }

    private static String payload(String cause, String more) {
        return """
                {"committeeCode":"BEU","fiscalYear":2011,"sequence":4,"policyAreaCode":"881",
                 "originalBudget":360000,"supplementaryAppropriations":0,"transfers":0,"correctedBudget":456000,
                 "accounts":0,"cause":"%s","causeId":null%s}""".formatted(cause, more).replace("\n", "");
    }
}
