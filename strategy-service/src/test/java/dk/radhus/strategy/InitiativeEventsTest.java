package dk.radhus.strategy;

import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class InitiativeEventsTest {

    @Test
    void shouldPublishInitiativeStatusChangedWithFromAndToLightForEveryChange() {
        String policyTitle = "Events " + unique("P");
        String policy = Api.createPolicy(policyTitle);
        String goal = Api.createGoal(Api.createFocusArea(policy, "Erhverv"), "Mål");
        String reference = unique("EV");
        String id = Api.createInitiative(goal, reference, "BAC", "GREEN", LocalDate.now().minusDays(3));
        Api.updateStatus(id, EDITOR, "RED", "Stoppet", LocalDate.now());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonPath> events = KafkaTestClient.readAll(Topics.STRATEGY, m -> id.equals(m.key())).stream()
                    .map(m -> new JsonPath(m.value())).toList();
            assertThat(events).hasSize(2);
            assertThat(events).extracting(e -> e.getString("type")).containsOnly("InitiativeStatusChanged");
            assertThat(events.get(0).getString("payload.fromLight")).isNull();
            assertThat(events.get(0).getString("payload.toLight")).isEqualTo("GREEN");
            assertThat(events.get(1).getString("payload.fromLight")).isEqualTo("GREEN");
            assertThat(events.get(1).getString("payload.toLight")).isEqualTo("RED");
            assertThat(events.get(1).getString("payload.reference")).isEqualTo(reference);
            assertThat(events.get(1).getString("payload.title")).isEqualTo("Indsats " + reference);
            assertThat(events.get(1).getString("payload.policyId")).isEqualTo(policy);
            assertThat(events.get(1).getString("payload.policyTitle")).isEqualTo(policyTitle);
            assertThat(events.get(1).getString("payload.focusAreaTitle")).isEqualTo("Erhverv");
            assertThat(events.get(1).getString("payload.changedBy")).isEqualTo("anne.byc");
        });
    }
}
