package dk.radhus.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One typed section of an agenda item, e.g. Sagsfremstilling or Økonomi, with the heading the document used. An
 * {@link SectionFormat#HTML} body has been sanitized on the way in and is rendered as markup.
 */
@Embeddable
public class ItemSection {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionType type;

    @Column(nullable = false)
    public String heading;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionFormat format = SectionFormat.TEXT;

    public ItemSection() {
    }

    public ItemSection(SectionType type, String heading, String body) {
        this(type, heading, body, SectionFormat.TEXT);
    }

    public ItemSection(SectionType type, String heading, String body, SectionFormat format) {
        this.type = type;
        this.heading = heading;
        this.body = body;
        this.format = format;
    }

    /** The body as text to index and search: the markup of an HTML body stripped. */
    public String plainText() {
        return format == SectionFormat.HTML ? SafeHtml.text(body) : body;
    }
}
