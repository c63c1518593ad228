package dk.radhus.meetings;

/** A note on an item's vote: who said or did what. */
public enum VoteNoteKind {
    /** Mindretalsudtalelse. */
    MINORITY_STATEMENT,
    /** Protokoltilførsel. */
    NOTE_TO_MINUTES,
    /** Inhabilitet: the member took no part in the item. */
    CONFLICT_OF_INTEREST,
    /** The member left the meeting during the item. */
    LEFT_MEETING
}
