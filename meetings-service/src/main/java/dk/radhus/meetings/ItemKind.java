package dk.radhus.meetings;

/** The kind of an agenda item: the A / I / M letter after the committee in "Sagstype". */
public enum ItemKind {
    /** A: afgørelse / beslutning. */
    DECISION,
    /** I: orientering. */
    INFORMATION,
    /** M: meddelelser. */
    ANNOUNCEMENTS;

    public static ItemKind fromLetter(char letter) {
        return switch (Character.toUpperCase(letter)) {
            case 'A' -> DECISION;
            case 'I' -> INFORMATION;
            case 'M' -> ANNOUNCEMENTS;
            default -> throw new IllegalArgumentException("Unknown item kind letter " + letter);
        };
    }
}
