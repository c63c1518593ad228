package dk.radhus.meetings;

/** Åben sag or lukket sag: a closed item's content is confidential. */
public enum ItemAccess {
    OPEN,
    CLOSED
}
