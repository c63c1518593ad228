package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.importing.ParsedDocument.Item;

/** Structure from evidence: uncertain access fails closed with the item's own warning, group headings, confidence. */
class LayoutEvidenceTest {

    private final AgendaDocumentParser parser = new AgendaDocumentParser();

    @Test
    void shouldCloseAnUnmarkedItemWhenTheDocumentMarksItsOpenItems() {
        ParsedDocument document = parser.parse("""
                Dagsorden for Økonomiudvalget
                Dato: 11-05-2011

                1. Budgetopfølgning
                Åben sag
                Sagsfremstilling
                Tekst.

                2. Ejendomssag
                Sagsfremstilling
                Tekst.
                """);

        assertThat(document.items()).extracting(Item::access).containsExactly(ItemAccess.OPEN, ItemAccess.CLOSED);
        assertThat(document.items().get(0).warnings()).isEmpty();
        assertThat(document.items().get(1).warnings()).containsExactly("Punkt 2: punktet har ingen "
                + "adgangsmarkering, som dokumentets andre punkter har; importeret som lukket");
        assertThat(document.confidence()).isEqualTo(0.5);
    }

    @Test
    void shouldCloseTheItemsUnderAClosedGroupHeadingAndListedOnlyInTheContents() {
        ParsedDocument document = parser.parse("""
                Referat for Byrådet
                Dato: 11-05-2011

                Indholdsfortegnelse
                Til behandling - for åbne døre
                1. Regnskab 2010 .... 2
                Til behandling - for lukkede døre
                2. Salg af grund .... 3
                3. Personalesag - LUKKET SAG .... 4

                Til behandling - for åbne døre
                1. Regnskab 2010
                Sagsfremstilling
                Tekst.

                Til behandling - for lukkede døre
                2. Salg af grund
                Sagsfremstilling
                Tekst.
                """);

        assertThat(document.items()).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(document.items()).extracting(Item::title)
                .containsExactly("Regnskab 2010", "Salg af grund", "Personalesag");
        assertThat(document.items()).extracting(Item::access)
                .containsExactly(ItemAccess.OPEN, ItemAccess.CLOSED, ItemAccess.CLOSED);
        assertThat(document.items().get(2).warnings())
                .containsExactly("Punkt 3: punktet står kun i indholdsfortegnelsen; dets tekst er ikke i dokumentet");
        assertThat(document.items()).extracting(Item::kind).doesNotContainNull();
    }

    @Test
    void shouldSplitAPageWithoutItemNumbersOnTheRepeatedFirstHeadingAndDropPageFurniture() {
        ParsedDocument document = parser.parse("""
                Dagsorden
                Erhvervsudvalget onsdag den 17. september 2025 kl. 19.00
                Sagsfremstilling
                Første punkts tekst.
                Til toppen
                Sagsfremstilling
                Andet punkts tekst.
                Side 2 af 2
                """);

        assertThat(document.committeeName()).isEqualTo("Erhvervsudvalget");
        assertThat(document.items()).extracting(Item::number).containsExactly(1, 2);
        assertThat(document.items().get(1).sections()).singleElement()
                .extracting(ParsedDocument.Section::body).isEqualTo("Andet punkts tekst.");
        assertThat(document.items().get(0).warnings()).containsExactly("Punkt 1: punktet har ingen titel");
    }
}
