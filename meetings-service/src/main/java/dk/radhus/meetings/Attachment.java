package dk.radhus.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment (bilag) of an agenda item: a title, optionally a document reference and file metadata. */
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

    public Attachment() {
    }

    public Attachment(String title, String documentReference, String fileName, String mediaType, Long sizeBytes) {
        this.title = title;
        this.documentReference = documentReference;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
    }
}
