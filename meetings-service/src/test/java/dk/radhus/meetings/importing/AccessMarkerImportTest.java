package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.importing.ParsedDocument.Item;

/**
 * The importer fails closed: a marker it does not know, or open and closed markers on one item, make the item closed
 * with a warning; only known open wordings (and no marker at all, as in the seeds) leave it open.
 */
public class AccessMarkerImportTest {

    public static final String DOCUMENT = "/imports/access-markers.txt";

    private final AgendaDocumentParser parser = new AgendaDocumentParser();

    @Test
    void shouldCloseAnItemWhoseMarkerIsUnknownOrContradictoryAndWarn() {
        ParsedDocument document = parser.parse(text(DOCUMENT));

        assertThat(document.items()).extracting(Item::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(document.items()).extracting(Item::access).containsExactly(ItemAccess.OPEN, ItemAccess.CLOSED,
                ItemAccess.CLOSED, ItemAccess.CLOSED, ItemAccess.CLOSED, ItemAccess.CLOSED, ItemAccess.OPEN);
        assertThat(document.warnings()).containsExactly(
                "Punkt 2: adgangsmarkeringen \"Lukket med mellemrum\" kendes ikke; punktet er importeret som lukket",
                "Punkt 3: adgangsmarkeringen \"Fortroligt punkt\" kendes ikke; punktet er importeret som lukket",
                "Punkt 4: adgangsmarkeringen \"Lukket, jf. forvaltningslovens § 13, stk. 1, nr. 2\" kendes ikke; "
                        + "punktet er importeret som lukket",
                "Punkt 6: punktet er markeret både åbent og lukket; importeret som lukket");
    }

    @Test
    void shouldKeepASentenceThatStartsLikeAMarkerAsText() {
        Item first = parser.parse(text(DOCUMENT)).items().get(0);

        assertThat(first.sections()).singleElement().extracting(ParsedDocument.Section::body)
                .isEqualTo("Åbent hus i Borgerservice blev holdt den 3. maj, og opfølgningen viser et mindreforbrug.");
    }

    @Test
    void shouldReadAMarkerBeforeTheHeadingAndAtTheEndOfALabelledLineToo() {
        ParsedDocument document = parser.parse("""
                Dagsorden for Økonomiudvalget
                Dato: 11-05-2011

                Sagstype.: Økonomiudvalget M Sagsid.: 11/2001 Dok.nr.: Fortroligt punkt
                1. Ejendomssalg
                Sagsfremstilling
                Tekst.
                Fortroligt bilag
                eftersendes.

                Fortrolig sag
                2. Ansættelse
                Sagsfremstilling
                Tekst.

                Sagstype.: Økonomiudvalget A Sagsid.: 11/2003 Dok.nr.: Åben sag
                3. Orientering
                Sagsfremstilling
                Tekst.
                """);

        assertThat(document.items()).extracting(Item::access)
                .containsExactly(ItemAccess.CLOSED, ItemAccess.CLOSED, ItemAccess.OPEN);
        assertThat(document.warnings()).containsExactly(
                "Punkt 1: adgangsmarkeringen \"Fortroligt punkt\" kendes ikke; punktet er importeret som lukket",
                "Punkt 2: adgangsmarkeringen \"Fortrolig sag\" kendes ikke; punktet er importeret som lukket");
        assertThat(document.items().get(0).sections()).singleElement().extracting(ParsedDocument.Section::body)
                .isEqualTo("Tekst.\nFortroligt bilag\neftersendes.");
    }

    @Test
    void shouldKeepTheKnownWordingsAsTheyWere() {
        assertThat(AccessMarkers.of("Åben sag"))
                .hasValueSatisfying(m -> assertThat(m.access()).isEqualTo(ItemAccess.OPEN));
        assertThat(AccessMarkers.of("Åbent punkt.")).hasValueSatisfying(m -> assertThat(m.known()).isTrue());
        assertThat(AccessMarkers.of("LUKKET\u00a0SAG")).hasValueSatisfying(m -> assertThat(m.known()).isTrue());
        assertThat(AccessMarkers.of("Lukket møde")).hasValueSatisfying(m -> assertThat(m.access())
                .isEqualTo(ItemAccess.CLOSED));
        assertThat(AccessMarkers.of("Åbenhed og tillid")).isEmpty();
        assertThat(AccessMarkers.of("Borgerservice")).isEmpty();
    }

    public static String text(String resource) {
        try (InputStream in = AccessMarkerImportTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
