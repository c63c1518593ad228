package dk.radhus.meetings;

/** Formand, næstformand or medlem. */
public enum MembershipRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER
}
