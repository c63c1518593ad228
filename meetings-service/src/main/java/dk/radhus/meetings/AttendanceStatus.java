package dk.radhus.meetings;

/** Present (deltager) or absent with apologies (afbud / fraværende). */
public enum AttendanceStatus {
    PRESENT,
    ABSENT_WITH_APOLOGIES
}
