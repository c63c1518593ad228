package dk.radhus.meetings.importing;

/** The uploaded document cannot be read as text; {@code wrongType} when its content is not what its type says. */
public class UnreadableDocument extends RuntimeException {

    private final boolean wrongType;

    UnreadableDocument(String message, boolean wrongType) {
        super(message, null, false, false);
        this.wrongType = wrongType;
    }

    public boolean wrongType() {
        return wrongType;
    }
}
