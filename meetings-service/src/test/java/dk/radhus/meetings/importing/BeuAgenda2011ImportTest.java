package dk.radhus.meetings.importing;

import static dk.radhus.meetings.importing.Seeds.body;
import static dk.radhus.meetings.importing.Seeds.headings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.SectionType;
import dk.radhus.meetings.importing.ParsedDocument.Item;
import dk.radhus.meetings.importing.ParsedDocument.Participant;

/** The 2011 BEU agenda: HTML bold, metadata lines before each item heading, mixed heading depths. */
class BeuAgenda2011ImportTest {

    private static final List<String> STANDARD_SECTIONS = List.of("Sagsfremstilling", "Økonomi", "Retsgrundlag",
            "Plangrundlag", "Information", "Høring", "Vurdering", "Andre relevante dokumenter", "Indstilling");

    private final ParsedDocument document = Seeds.parse(Seeds.BEU_2011);

    @Test
    void shouldReadTheMeetingHeader() {
        assertThat(document.kind()).isEqualTo(ParsedDocument.DocumentKind.AGENDA);
        assertThat(document.committeeName()).isEqualTo("Borger- og Erhvervsudvalget");
        assertThat(document.date()).isEqualTo(LocalDate.of(2011, 5, 11));
        assertThat(document.startTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(document.endTime()).isNull();
        assertThat(document.location()).isEqualTo("B101");
        assertThat(document.participants()).hasSize(9).startsWith(new Participant("Conny Trøjborg Krogh", "F", null))
                .contains(new Participant("Nadeem Farooq", "B", null), new Participant("Hugo Hammel", "A", null));
        assertThat(document.absentees()).isEmpty();
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void shouldFindEveryItemWithNumberTitleCaseAndDocumentNumber() {
        assertThat(document.items()).extracting(Item::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(document.items()).extracting(Item::title).containsExactly(
                "Meddelelser - maj",
                "Kvalitetskontrakt - overordnet målsætning og statusredegørelse",
                "Vækststrategi for Høje-Taastrup Kommune - opfølgning fra workshop og status",
                "Regnskabsbemærkninger 2010 for Borger- og Erhvervsudvalget",
                "2. Budgetopfølgning og regnskabsprognose 2011 for Borger- og Erhvervsudvalget",
                "Samarbejdsaftale mellem Væksthus Hovedstadsregionen og Høje-Taastrup Kommune");
        assertThat(document.items()).extracting(Item::caseNumber)
                .containsExactly(null, "3118504", "3005981", "3172511", "3064024", null);
        assertThat(document.items()).extracting(Item::documentNumber)
                .containsExactly(null, "3126215", "3174260", "3173071", "3170234", null);
    }

    @Test
    void shouldReadKindLettersAndAccess() {
        assertThat(document.items()).extracting(Item::kind).containsExactly(ItemKind.ANNOUNCEMENTS, ItemKind.DECISION,
                ItemKind.DECISION, ItemKind.INFORMATION, ItemKind.INFORMATION, ItemKind.INFORMATION);
        assertThat(document.items()).extracting(Item::access).containsOnly(ItemAccess.OPEN);
    }

    @Test
    void shouldSplitSectionsByTheirHeadings() {
        Item announcements = document.items().get(0);
        assertThat(headings(announcements)).containsExactly("Oversigt");
        assertThat(announcements.sections().get(0).type()).isEqualTo(SectionType.FREE_TEXT);
        assertThat(announcements.sections().get(0).body()).isEqualTo("Verdenskulturdag den 3. september 2011.");

        for (int index : new int[] {1, 2, 3, 5}) {
            assertThat(headings(document.items().get(index))).as("item %d", index + 1).isEqualTo(STANDARD_SECTIONS);
        }
        assertThat(headings(document.items().get(4))).containsExactly("Sagsfremstilling", "Økonomi", "Økonomi",
                "Retsgrundlag", "Plangrundlag", "Information", "Høring", "Vurdering", "Andre relevante dokumenter",
                "Indstilling");
        assertThat(document.items().get(1).sections()).extracting(ParsedDocument.Section::type).containsExactly(
                SectionType.CASE_PRESENTATION, SectionType.FINANCES, SectionType.LEGAL_BASIS, SectionType.POLICY_BASIS,
                SectionType.INFORMATION, SectionType.CONSULTATION, SectionType.ASSESSMENT,
                SectionType.RELATED_DOCUMENTS, SectionType.RECOMMENDATION);
    }

    @Test
    void shouldKeepSubHeadingsAndNumberedListsInsideTheirSection() {
        Item contract = document.items().get(1);
        assertThat(body(contract, "Sagsfremstilling")).contains("### Tidsplan", "### Målsætninger",
                "Opfølgingsredegørelse på kvalitetskontrakter 2010");
        assertThat(body(contract, "Indstilling")).startsWith("Administrationen indstiller, at udvalget drøfter")
                .contains("1. Borgerservice og Administration", "3. Erhverv (Kun opfølgingsredegørelse)");
        assertThat(body(document.items().get(4), "Sagsfremstilling")).startsWith("I henhold til den af Økonomiudvalget");
    }

    @Test
    void shouldReadRecommendationsAndAttachments() {
        assertThat(body(document.items().get(2), "Indstilling"))
                .isEqualTo("Administrationen indstiller, at orienteringen tages til efterretning.");
        assertThat(document.items().get(3).attachments()).containsExactly(new ParsedDocument.Attachment(
                "Borger- og Erhvervsudvalget (Årsberetning 2010, dokument 3150105)", "3150105", null));
        assertThat(document.items()).allSatisfy(item -> assertThat(item.decision()).isNull());
    }
}
