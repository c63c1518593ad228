package dk.radhus.meetings;

/** How a section's body is written: plain text, or sanitized HTML (e.g. the budget committee table in Økonomi). */
public enum SectionFormat {
    TEXT,
    HTML
}
