package dk.radhus.meetings.files;

import java.util.Optional;

/** The kinds of file an attachment may hold, each with the one media type it is served as. */
public enum FileKind {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PNG("image/png"),
    JPEG("image/jpeg");

    private final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind served as {@code mediaType} (parameters and case aside). */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip();
        for (FileKind kind : values()) {
            if (kind.mediaType.equalsIgnoreCase(bare)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether text is read from this kind of file for search. */
    public boolean hasText() {
        return this == PDF || this == DOCX;
    }
}
