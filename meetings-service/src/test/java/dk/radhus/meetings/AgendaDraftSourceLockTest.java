package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.platform.events.ObjectReference;
import dk.radhus.testing.RadhusTestResources;

/**
 * Two replicas drafting one source at once (found by the scale-out test: two status events of one growth policy's
 * initiatives, each handled by one meetings-service, both found no draft and both inserted one; the second broke the
 * unique key and its event went to the dead-letter topic). Looking up a source's draft locks the source, also when it
 * has no draft yet: the second transaction waits for the first and finds the draft it made.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class AgendaDraftSourceLockTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldLetTheSecondTransactionOfASourceWaitAndFindTheDraftTheFirstMade() throws Exception {
        String source = UUID.randomUUID().toString();
        CountDownLatch firstLooked = new CountDownLatch(1);
        CountDownLatch firstMayGoOn = new CountDownLatch(1);
        CompletableFuture<Optional<AgendaDraft>> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction
                .requiringNew().call(() -> {
                    Optional<AgendaDraft> none = AgendaDraft.findForUpdate(ObjectReference.Kind.ACTION_PLAN, source);
                    firstLooked.countDown();
                    assertThat(firstMayGoOn.await(60, TimeUnit.SECONDS)).isTrue();
                    draft(source).persist();
                    return none;
                }));
        assertThat(firstLooked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<AgendaDraft>> second = CompletableFuture.supplyAsync(() -> QuarkusTransaction
                .requiringNew().call(() -> AgendaDraft.findForUpdate(ObjectReference.Kind.ACTION_PLAN, source)));

        // The second must wait for the source's lock while the first has found no draft and not yet made one.
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> aTransactionWaitsForTheLockOf(source));
            assertThat(second).isNotDone();
        } finally {
            firstMayGoOn.countDown();
        }

        assertThat(first.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(30, TimeUnit.SECONDS)).hasValueSatisfying(draft -> assertThat(draft.sourceId)
                .isEqualTo(source));
    }

    /** Whether a transaction waits for the source's advisory lock (its 64-bit key is classid and objid). */
    private boolean aTransactionWaitsForTheLockOf(String source) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM pg_locks
                WHERE locktype = 'advisory' AND NOT granted
                  AND ((classid::bigint << 32) | objid::bigint) = hashtextextended(:key, 0)""")
                .setParameter("key", "agenda-draft:ACTION_PLAN:" + source).getSingleResult()).longValue() > 0);
    }

    private static AgendaDraft draft(String source) {
        AgendaDraft draft = new AgendaDraft();
        draft.id = UUID.randomUUID();
        draft.sourceKind = ObjectReference.Kind.ACTION_PLAN;
        draft.sourceId = source;
        draft.actor = "system:strategy-service";
        draft.title = "Handlingsplan";
        draft.kind = ItemKind.INFORMATION;
        draft.access = ItemAccess.OPEN;
        draft.createdAt = Instant.now();
        draft.updatedAt = draft.createdAt;
        return draft;
    }
}
