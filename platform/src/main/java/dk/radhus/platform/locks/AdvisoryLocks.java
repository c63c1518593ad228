package dk.radhus.platform.locks;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL's transaction-level advisory locks, named by a text key (hashed with {@code hashtextextended}): held until
 * the transaction commits or rolls back, so a pooler in transaction mode keeps them correct.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Waits for the lock named {@code key} and holds it for the rest of the transaction. */
    public static void lock(EntityManager entityManager, String key) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key).getSingleResult();
    }

    /** Takes the lock named {@code key} for the rest of the transaction if nobody holds it; false if somebody does. */
    public static boolean tryLock(EntityManager entityManager, String key) {
        return Boolean.TRUE.equals(entityManager
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key).getSingleResult());
    }
}
