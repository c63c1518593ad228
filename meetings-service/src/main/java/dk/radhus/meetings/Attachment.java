package dk.radhus.meetings;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An attachment (bilag) of an agenda item: a title, optionally a document reference and file metadata, and the stored
 * file once one is uploaded (then file name, media type and size are the file's).
 */
@Embeddable
public class Attachment {

    @Column(nullable = false)
    public String title;

    @Column(name = "document_reference")
    public String documentReference;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    /** The stored file ({@code attachment_file}), or null. */
    @Column(name = "file_id")
    public UUID fileId;

    @Column(name = "sha256")
    public String sha256;

    @Column(name = "sha512")
    public String sha512;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status")
    public FileTextStatus textStatus;

    public Attachment() {
    }

    public Attachment(String title, String documentReference, String fileName, String mediaType, Long sizeBytes) {
        this.title = title;
        this.documentReference = documentReference;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
    }

    public boolean hasFile() {
        return fileId != null;
    }

    /** Takes over {@code other}'s stored file and its description. */
    public void keepFileOf(Attachment other) {
        fileName = other.fileName;
        mediaType = other.mediaType;
        sizeBytes = other.sizeBytes;
        fileId = other.fileId;
        sha256 = other.sha256;
        sha512 = other.sha512;
        textStatus = other.textStatus;
    }
}
