package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/**
 * Audited writes that lock the same committee in different orders run side by side without a deadlock: planning a
 * meeting audits it and then locks its committee, renaming the committee locks it and then audits. The audit log's
 * lock is taken last, when the transaction's rows are appended just before it commits.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ConcurrentAuditedWritesTest {

    private static final int ROUNDS = 40;

    @Test
    void shouldPlanMeetingsAndRenameTheirCommitteeAtTheSameTimeWithoutADeadlock() throws Exception {
        String committee = TestData.committee();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                int round = i;
                writes.add(() -> given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                        .body(Map.of("committeeCode", committee, "startsAt", "2032-01-%02dT10:00:00"
                                .formatted(round % 28 + 1)))
                        .post("/meetings").statusCode());
                writes.add(() -> given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                        .body(Map.of("name", "Udvalg " + round, "kind", "POLITICAL_COMMITTEE", "active", true))
                        .put("/committees/" + committee).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : writers.invokeAll(writes)) {
                statuses.add(status.get());
            }
            assertThat(statuses).hasSize(2 * ROUNDS).allSatisfy(status -> assertThat(status).isBetween(200, 201));
        } finally {
            writers.shutdownNow();
        }
    }
}
