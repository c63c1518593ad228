package dk.radhus.budget.upload;

/**
 * A bad account line: its line number in the file (the header is line 1), the column as named in the file's header,
 * the field it maps to, and the reason in Danish.
 */
public record AccountLineError(int line, String column, String field, String message) {
}
