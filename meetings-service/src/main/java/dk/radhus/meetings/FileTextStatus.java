package dk.radhus.meetings;

/** What search got of an attachment file's text. */
public enum FileTextStatus {
    /** The text of a PDF or Word file was read. */
    TEXT,
    /** An image: no text to read. */
    NONE,
    /** The file is stored, but its text could not be read (damaged, encrypted). */
    UNREADABLE,
    /** Reading the text took longer than allowed; the file is stored without it. */
    TIMED_OUT
}
