package dk.radhus.meetings;

/** The typed sections of an agenda item, with the Danish heading each usually carries. */
public enum SectionType {
    BACKGROUND("Baggrund"),
    CASE_PRESENTATION("Sagsfremstilling"),
    FINANCES("Økonomi"),
    LEGAL_BASIS("Retsgrundlag"),
    POLICY_BASIS("Plangrundlag"),
    INFORMATION("Information"),
    CONSULTATION("Høring"),
    ASSESSMENT("Vurdering"),
    RELATED_DOCUMENTS("Andre relevante dokumenter"),
    RECOMMENDATION("Indstilling"),
    /** Anything else, under its own heading. */
    FREE_TEXT("Øvrig tekst");

    private final String danishHeading;

    SectionType(String danishHeading) {
        this.danishHeading = danishHeading;
    }

    public String danishHeading() {
        return danishHeading;
    }
}
