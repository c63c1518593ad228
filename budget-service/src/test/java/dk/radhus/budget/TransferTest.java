package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/** An omplacering is a balanced pair: minus on the area it leaves, plus on the area it goes to, summing to zero. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class TransferTest {

    @Inject
    DataSource dataSource;

    private String committeeFrom;
    private String committeeTo;
    private String from;
    private String to;

    @BeforeEach
    void twoAreasOfTwoCommitteesWithBudgets() {
        BudgetFixtures.openYear(YEAR);
        committeeFrom = BudgetFixtures.committee();
        committeeTo = BudgetFixtures.committee();
        from = BudgetFixtures.policyArea(committeeFrom);
        to = BudgetFixtures.policyArea(committeeTo);
        BudgetFixtures.entry(YEAR, from, "ORIGINAL", "355", YEAR - 1 + "-10-13");
        BudgetFixtures.entry(YEAR, to, "ORIGINAL", "100", YEAR - 1 + "-10-13");
    }

    @Test
    void shouldBookTheTransferAsTwoEntriesThatSumToZero() {
        JsonPath booked = transfer(from, to, "2").statusCode(201).extract().jsonPath();

        assertThat(booked.getList("entries.policyAreaCode")).containsExactly(from, to);
        assertThat(booked.getList("entries.amount")).containsExactly(-2, 2);
        assertThat(booked.getInt("sum")).isZero();
        String transferId = booked.getString("transferId");
        given().get("/years/%d/budgets/%s".formatted(YEAR, from)).then()
                .body("transfers", equalTo(-2)).body("correctedBudget", equalTo(353))
                .body("entries.find { it.kind == 'TRANSFER' }.transferId", equalTo(transferId));
        given().get("/years/%d/budgets/%s".formatted(YEAR, to)).then()
                .body("transfers", equalTo(2)).body("correctedBudget", equalTo(102))
                .body("entries.find { it.kind == 'TRANSFER' }.transferId", equalTo(transferId));
        assertThat(correctedBudgetAnnounced(committeeFrom)).isEqualByComparingTo("353000");
        assertThat(correctedBudgetAnnounced(committeeTo)).isEqualByComparingTo("102000");
    }

    @Test
    void shouldRefuseATransferWithinOneAreaOrOfANonPositiveAmountAndStoreNothing() {
        transfer(from, from, "2").statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("toPolicyAreaCode"));
        transfer(from, to, "-2").statusCode(400).body("errors.field", contains("amount"));
        transfer(from, to, "0").statusCode(400).body("errors.field", contains("amount"));
        transfer(from, "no-such-area", "2").statusCode(400).body("errors.field", contains("toPolicyAreaCode"));

        given().get("/years/%d/budgets/%s".formatted(YEAR, from)).then().body("transfers", equalTo(0));
        given().get("/years/%d/budgets/%s".formatted(YEAR, to)).then().body("transfers", equalTo(0));
    }

    @Test
    void shouldBookNeitherSideWhenTheReceivingCommitteesFollowUpRestsOnTheBudget() {
        String followUp = BudgetFixtures.followUp(committeeTo, YEAR, 1, YEAR + "-03-31");
        BudgetFixtures.submit(followUp);

        transfer(from, to, "2").statusCode(409);

        given().get("/years/%d/budgets/%s".formatted(YEAR, from)).then().body("transfers", equalTo(0))
                .body("correctedBudget", equalTo(355));
        given().auth().oauth2(director()).contentType(ContentType.JSON).body(body(from, to, "2"))
                .post("/years/%d/transfers".formatted(YEAR)).then().statusCode(403);
    }

    @Test
    void shouldRefuseOneSideOfAnOmplaceringAsALedgerEntryPointingToTheTransfers() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "TRANSFER", "unit": "DKK_THOUSANDS", "amount": -2, "date": "%d-02-15", "text": "Omplacering"}"""
                .formatted(YEAR)).post("/years/%d/budgets/%s/entries".formatted(YEAR, from))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("kind"))
                .body("errors[0].message", containsString("POST /years/%d/transfers".formatted(YEAR)));

        given().get("/years/%d/budgets/%s".formatted(YEAR, from)).then().body("transfers", equalTo(0))
                .body("entries.kind", contains("ORIGINAL"));
    }

    @Test
    void shouldRefuseATransferEntryWithoutItsPairInTheDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); var insert = connection.prepareStatement("""
                INSERT INTO ledger_entry (id, policy_area_code, fiscal_year, kind, amount_kroner, entry_date, text,
                                          created_by, created_at)
                VALUES (gen_random_uuid(), ?, ?, 'TRANSFER', -2000, ?, 'Omplacering', 'test', now())""")) {
            insert.setString(1, from);
            insert.setInt(2, YEAR);
            insert.setObject(3, LocalDate.of(YEAR, 2, 15));
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("ledger_entry_transfer_in_pair");
        }
    }

    private static ValidatableResponse transfer(String from, String to, String amount) {
        return given().auth().oauth2(finance()).contentType(ContentType.JSON).body(body(from, to, amount))
                .post("/years/%d/transfers".formatted(YEAR)).then();
    }

    private static String body(String from, String to, String amount) {
        return """
                {"fromPolicyAreaCode": "%s", "toPolicyAreaCode": "%s", "unit": "DKK_THOUSANDS", "amount": %s,
                 "date": "%d-02-15", "text": "Omplacering"}""".formatted(from, to, amount, YEAR);
    }

    /** The corrected budget of the committee's last BudgetChanged caused by a transfer, once it is on the topic. */
    private static BigDecimal correctedBudgetAnnounced(String committee) {
        List<Map<String, Object>> changes = await().atMost(Duration.ofSeconds(20)).until(() -> KafkaTestClient
                .readAll(Topics.BUDGET_FOLLOW_UPS, r -> r.key().equals(committee + ":" + YEAR)
                        && r.value().contains("\"TRANSFER\"")).stream()
                .map(r -> new JsonPath(r.value()).<String, Object>getMap("payload")).toList(), c -> c.size() == 1);
        return new BigDecimal(changes.get(0).get("correctedBudget").toString());
    }
}
