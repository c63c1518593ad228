package dk.radhus.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One typed section of an agenda item, e.g. Sagsfremstilling or Økonomi, with the heading the document used. */
@Embeddable
public class ItemSection {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SectionType type;

    @Column(nullable = false)
    public String heading;

    @Column(nullable = false)
    public String body;

    public ItemSection() {
    }

    public ItemSection(SectionType type, String heading, String body) {
        this.type = type;
        this.heading = heading;
        this.body = body;
    }
}
