package dk.radhus.meetings;

/** For (for), against (imod) or abstaining (undlader at stemme). */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN
}
