package dk.radhus.meetings.importing;

import static dk.radhus.meetings.importing.Seeds.body;
import static dk.radhus.meetings.importing.Seeds.headings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.SectionType;
import dk.radhus.meetings.importing.ParsedDocument.Item;
import dk.radhus.meetings.importing.ParsedDocument.Participant;

/** The 2013 BEU agenda: Markdown headings, a table of contents, "1. A - Titel - BEU" numbering, metadata after it. */
class BeuAgenda2013ImportTest {

    private final ParsedDocument document = Seeds.parse(Seeds.BEU_2013);

    @Test
    void shouldReadTheMeetingHeader() {
        assertThat(document.kind()).isEqualTo(ParsedDocument.DocumentKind.AGENDA);
        assertThat(document.committeeName()).isEqualTo("Borger- og Erhvervsudvalget");
        assertThat(document.date()).isEqualTo(LocalDate.of(2013, 3, 6));
        assertThat(document.startTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(document.location()).isEqualTo("Mødelokale B101");
        assertThat(document.participants()).hasSize(9)
                .contains(new Participant("Michael Blem Clausen", "B", null), new Participant("Merete Scheelsbeck", "C", null));
        assertThat(document.absentees()).isEmpty();
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void shouldReadTheTableOfContents() {
        assertThat(document.tableOfContents()).containsExactly(
                "1. A - Redegørelse for integrationspris projekter - BEU", "2. A- God borgerservice - BEU - ØU");
    }

    @Test
    void shouldFindBothItemsWithoutTheCommitteeSuffixInTheTitle() {
        assertThat(document.items()).extracting(Item::number).containsExactly(1, 2);
        assertThat(document.items()).extracting(Item::title)
                .containsExactly("Redegørelse for integrationspris projekter", "God borgerservice");
        assertThat(document.items()).extracting(Item::caseNumber).containsExactly("12/26442", "13/2820");
        assertThat(document.items()).extracting(Item::documentNumber).containsOnlyNulls();
        assertThat(document.items()).extracting(Item::kind).containsOnly(ItemKind.DECISION);
        assertThat(document.items()).extracting(Item::access).containsOnly(ItemAccess.OPEN);
    }

    @Test
    void shouldSplitSectionsIncludingPolitikPlan() {
        assertThat(headings(document.items().get(0))).containsExactly("Sagsfremstilling", "Økonomi", "Retsgrundlag",
                "Politik/Plan", "Information", "Høring", "Vurdering", "Indstilling");
        assertThat(headings(document.items().get(1))).containsExactly("Sagsfremstilling", "Økonomi", "Retsgrundlag",
                "Politik/Plan", "Information", "Høring", "Vurdering", "Andre relevante dokumenter", "Indstilling");
        assertThat(document.items().get(0).sections().get(3).type()).isEqualTo(SectionType.POLICY_BASIS);
        assertThat(body(document.items().get(0), "Høring")).isEqualTo("Integrationsrådet");
    }

    @Test
    void shouldKeepNumberedRecommendationsInsideTheRecommendation() {
        String recommendation = body(document.items().get(0), "Indstilling");
        assertThat(recommendation).startsWith("Administrationen indstiller, at")
                .contains("1. Der ikke sættes yderligere tiltag i gang", "2. Der udarbejdes en sag med konkrete forslag");
        assertThat(body(document.items().get(0), "Sagsfremstilling"))
                .contains("Vejle Kommune – rådgivning til iværksættere", "Københavns Kommune – værtsprogrammer");
        assertThat(body(document.items().get(1), "Indstilling"))
                .startsWith("Administrationen indstiller, at udvalget drøfter sagen og godkender");
    }
}
