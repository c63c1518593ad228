package dk.radhus.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void shouldRetryACommitThatFailedBecauseTheDatabaseShutDown() {
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);

        assertThat(TransientFailures.isTransient(new IllegalStateException(rollback))).isTrue();
    }

    @Test
    void shouldNotRetryACommitRolledBackForAReasonThatRecurs() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(TransientFailures.isTransient(rollback)).isFalse();
        assertThat(TransientFailures.isTransient(new RollbackException("marked rollback only"))).isFalse();
    }

    @Test
    void shouldRetryAConnectionFailureAnywhereInTheCauseChain() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

        assertThat(TransientFailures.isTransient(new RuntimeException(new RuntimeException(refused)))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("not a date"))).isFalse();
    }

    @Test
    void shouldLookAtEveryExceptionOnceWhenCausesAndSuppressedOnesReferToEachOther() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.addSuppressed(inner);

        assertThat(TransientFailures.isTransient(outer)).isFalse();
    }
}
