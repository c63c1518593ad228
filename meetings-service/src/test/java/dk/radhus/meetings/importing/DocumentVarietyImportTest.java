package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.SectionType;
import dk.radhus.meetings.importing.ParsedDocument.Item;
import dk.radhus.platform.events.DecisionOutcome;

/** Formats beyond the seeds: J.nr., LUKKET SAG, upper-case headings, "Beslutning i … den …", text without a heading. */
class DocumentVarietyImportTest {

    private final AgendaDocumentParser parser = new AgendaDocumentParser();

    @Test
    void shouldReadPlainNumberedItemsFollowedByMetadataAndUpperCaseHeadings() {
        ParsedDocument document = parser.parse("""
                Referat for Økonomiudvalget
                Dato: 11-05-2011
                Tidspunkt: 17:00 - 19:30
                Sted: B101
                Afbud: Hugo Hammel (A)

                1. Budgetopfølgning
                J.nr. 14/26479
                Åben sag

                SAGSFREMSTILLING
                Opfølgningen viser et mindreforbrug.

                INDSTILLING:
                Administrationen indstiller, at opfølgningen godkendes.

                Beslutning i Økonomiudvalget den 11. maj 2011
                Godkendt.

                2. Personalesag
                Sagsnr.: EMN-2025-009242
                LUKKET SAG

                Sagsfremstilling
                Fortroligt indhold.

                Beslutning:
                Udsat til næste møde.
                """);
        assertThat(document.kind()).isEqualTo(ParsedDocument.DocumentKind.MINUTES);
        assertThat(document.committeeName()).isEqualTo("Økonomiudvalget");
        assertThat(document.startTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(document.endTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(document.absentees()).extracting(ParsedDocument.Participant::name).containsExactly("Hugo Hammel");
        assertThat(document.items()).extracting(Item::caseNumber).containsExactly("14/26479", "EMN-2025-009242");
        assertThat(document.items()).extracting(Item::access).containsExactly(ItemAccess.OPEN, ItemAccess.CLOSED);
        Item first = document.items().get(0);
        assertThat(first.sections()).extracting(ParsedDocument.Section::type)
                .containsExactly(SectionType.CASE_PRESENTATION, SectionType.RECOMMENDATION);
        assertThat(first.decision().body()).isEqualTo("Økonomiudvalget");
        assertThat(first.decision().date()).isEqualTo(LocalDate.of(2011, 5, 11));
        assertThat(first.decision().outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(document.items().get(1).decision().outcome()).isEqualTo(DecisionOutcome.POSTPONED);
        assertThat(document.items().get(1).decision().date()).isEqualTo(LocalDate.of(2011, 5, 11));
    }

    @Test
    void shouldReadPunktNumberingWithWrittenDates() {
        ParsedDocument document = parser.parse("""
                **Dagsorden**
                # Teknik- og Miljøudvalget
                Mødedato: Onsdag den 6. marts 2013
                Mødetidspunkt: kl. 16.30

                Punkt 1: Meddelelser
                Sagsid.: 3118504
                Sagstype: Teknik- og Miljøudvalget M
                Baggrund
                Intet nyt.

                Punkt 2: Vejplan
                Sagsid.: 3118505
                Sagstype: Teknik- og Miljøudvalget A
                Indstilling
                At planen godkendes.
                """);
        assertThat(document.date()).isEqualTo(LocalDate.of(2013, 3, 6));
        assertThat(document.startTime()).isEqualTo(LocalTime.of(16, 30));
        assertThat(document.items()).extracting(Item::title).containsExactly("Meddelelser", "Vejplan");
        assertThat(document.items()).extracting(Item::kind).containsExactly(ItemKind.ANNOUNCEMENTS, ItemKind.DECISION);
        assertThat(document.items()).extracting(Item::caseNumber).containsExactly("3118504", "3118505");
    }

    @Test
    void shouldKeepTextWithoutAHeadingInAFreeTextSectionAndWarn() {
        ParsedDocument document = parser.parse("""
                Dagsorden til Kultur- og Fritidsudvalget
                Dato: 01-02-2020
                Et løst notat før punkterne.

                **1. Orientering**
                Sagstype: Åben
                Denne tekst står uden overskrift.

                Sagsfremstilling:
                Selve sagen.
                """);
        Item item = document.items().get(0);
        assertThat(item.sections()).extracting(ParsedDocument.Section::heading)
                .containsExactly("Øvrig tekst", "Sagsfremstilling");
        assertThat(item.sections().get(0).body()).isEqualTo("Denne tekst står uden overskrift.");
        assertThat(item.sections().get(0).type()).isEqualTo(SectionType.FREE_TEXT);
        assertThat(document.warnings()).containsExactly(
                "Tekst før første punkt kunne ikke placeres: \"Et løst notat før punkterne.\"",
                "Punkt 1: tekst uden overskrift er lagt i afsnittet \"Øvrig tekst\"");
    }

    @Test
    void shouldWarnWhenTheDocumentHasNoItems() {
        ParsedDocument document = parser.parse("Bare en linje tekst.");
        assertThat(document.items()).isEmpty();
        assertThat(document.warnings()).contains("Dokumentet indeholder ingen genkendelige punkter",
                "Dokumentet har ingen mødedato");
    }

    @Test
    void shouldReadNoDateInYearZeroAsForJsonWhereTheYearsAreOneToNineThousandNineHundredNinetyNine() {
        ParsedDocument yearZero = parser.parse("""
                Dagsorden til Økonomiudvalget
                Dato: 11-05-0000

                **1. Budgetopfølgning**
                J.nr. 14/26479
                """);
        assertThat(yearZero.date()).isNull();
        assertThat(yearZero.warnings()).containsExactly("Datoen kunne ikke læses: \"11-05-0000\"",
                "Dokumentet har ingen mødedato");

        ParsedDocument decidedInYearZero = parser.parse("""
                Referat for Økonomiudvalget
                Dato: 11-05-2011

                **1. Budgetopfølgning**
                J.nr. 14/26479

                **Beslutning i Økonomiudvalget den 11. maj 0000**
                Godkendt.
                """);
        assertThat(decidedInYearZero.items().get(0).decision().date()).isEqualTo(LocalDate.of(2011, 5, 11));
        assertThat(parser.parse("Dagsorden til Økonomiudvalget\nDato: 31-12-9999\n").date())
                .isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(parser.parse("Dagsorden til Økonomiudvalget\nDato: 1. januar 0001\n").date())
                .isEqualTo(LocalDate.of(1, 1, 1));
    }
}
