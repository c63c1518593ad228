package dk.radhus.meetings.repository;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the transactions of this process that wrote anything through Hibernate, once each has completed. A reader
 * that notes the {@link #epoch()} before it reads knows, when the epoch has not moved, that no local write finished
 * in between.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class LocalWrites implements Interceptor {

    private static final Object REGISTERED = LocalWrites.class;

    private final AtomicLong epoch = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;

    public LocalWrites(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public long epoch() {
        return epoch.get();
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        written();
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        written();
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        written();
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        written();
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        written();
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        written();
    }

    /** Moves the epoch once the current transaction has completed (committed or not: both end the write). */
    private void written() {
        if (transactions.getTransactionKey() == null) {
            epoch.incrementAndGet();
            return;
        }
        if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    epoch.incrementAndGet();
                }
            });
        }
    }
}
