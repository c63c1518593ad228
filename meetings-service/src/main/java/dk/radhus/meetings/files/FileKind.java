package dk.radhus.meetings.files;

import java.util.Optional;

/** The kinds of file an attachment may hold, each with the one media type it is served as and its extension. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
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
