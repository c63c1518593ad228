package dk.radhus.platform.outbox;

/** CDI event fired when an outbox row is written; observed after commit to wake the relay. */
public enum OutboxWritten {
    INSTANCE
}
