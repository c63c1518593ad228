package dk.radhus.meetings.importing;

import static dk.radhus.meetings.importing.Seeds.body;
import static dk.radhus.meetings.importing.Seeds.headings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.importing.ParsedDocument.Attachment;
import dk.radhus.meetings.importing.ParsedDocument.Decision;
import dk.radhus.meetings.importing.ParsedDocument.Item;
import dk.radhus.meetings.importing.ParsedDocument.Participant;
import dk.radhus.platform.events.DecisionOutcome;

/** The 2019 directorate minutes: no markup at all, "Punkt N:" numbering, bare case numbers, dated decisions. */
class DirectorateMinutes2019ImportTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2019, 12, 16);

    private final ParsedDocument document = Seeds.parse(Seeds.DIRECTORATE_2019);

    @Test
    void shouldReadTheMeetingHeader() {
        assertThat(document.kind()).isEqualTo(ParsedDocument.DocumentKind.MINUTES);
        assertThat(document.committeeName()).isEqualTo("Direktionen");
        assertThat(document.date()).isEqualTo(MEETING_DAY);
        assertThat(document.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(document.location()).isEqualTo("Mødelokale B105");
        assertThat(document.participants()).containsExactly(new Participant("Lars Holte", null, null),
                new Participant("Jørgen Lerhard", null, null), new Participant("Per Aalbæk Nielsen", null, null),
                new Participant("Charlotte Markussen", null, null),
                new Participant("Kathrine Seier Skaastrup", null, "sekretær"));
        assertThat(document.tableOfContents()).hasSize(6).startsWith("Øvrige sager 16-12-2019");
    }

    @Test
    void shouldFindEveryItemWithItsCaseNumber() {
        assertThat(document.items()).extracting(Item::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(document.items()).extracting(Item::title).containsExactly("Øvrige sager 16-12-2019",
                "Status sociale investeringer - dec 2019", "Udviklingsgreb i Charlottekvarteret",
                "Ophør af madproduktion i kulturhusene", "Vækstregnskab 2019", "Handlingsplan for vækstpolitik");
        assertThat(document.items()).extracting(Item::caseNumber)
                .containsExactly("19/227", "19/18529", "19/4767", "19/23271", "14/26479", "18/8420");
        assertThat(document.items()).extracting(Item::access).containsOnly(ItemAccess.OPEN);
        assertThat(document.items()).extracting(Item::kind).containsExactly(ItemKind.INFORMATION, ItemKind.DECISION,
                ItemKind.DECISION, ItemKind.DECISION, ItemKind.DECISION, ItemKind.DECISION);
    }

    @Test
    void shouldSplitPlainTextHeadings() {
        assertThat(headings(document.items().get(0))).containsExactly("Baggrund");
        assertThat(headings(document.items().get(1))).containsExactly("Baggrund", "Indstilling", "Sagsfremstilling");
        assertThat(headings(document.items().get(2)))
                .containsExactly("Baggrund", "Indstilling", "Sagsfremstilling", "Økonomi");
        assertThat(body(document.items().get(0), "Baggrund"))
                .isEqualTo("Partiforslag\n\nVedlagt liste til direktionens orientering og gennemgang.");
        assertThat(body(document.items().get(2), "Sagsfremstilling")).contains("Kvarterprofil", "Byrum")
                .doesNotContain("Udviklingsplanen vil medføre anlægsudgifter");
    }

    @Test
    void shouldReadDatedDecisionsAndTheirOutcomes() {
        assertThat(document.items().get(0).decision()).isNull();
        assertThat(document.items().subList(1, 6)).extracting(Item::decision)
                .extracting(Decision::body, Decision::date)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("Direktionen", MEETING_DAY));
        assertThat(document.items().subList(1, 6)).extracting(item -> item.decision().outcome()).containsExactly(
                DecisionOutcome.NOTED, DecisionOutcome.NOTED, DecisionOutcome.NOTED,
                DecisionOutcome.APPROVED_WITH_REMARKS, DecisionOutcome.APPROVED_WITH_REMARKS);
        assertThat(document.items().get(4).decision().text())
                .isEqualTo("Vækstregnskabet blev godkendt med de faldne bemærkninger.");
        assertThat(document.items().get(2).decision().text()).startsWith("Taget til efterretning. Det blev aftalt");
        assertThat(document.warnings()).containsExactly(
                "Punkt 2: beslutningens udfald kunne ikke genkendes; sat til NOTED",
                "Punkt 4: beslutningens udfald kunne ikke genkendes; sat til NOTED");
    }

    @Test
    void shouldReadAttachmentsWithFileNames() {
        assertThat(document.items().get(1).attachments()).containsExactly(new Attachment(
                "Sociale investeringer notat - bilag til direktionssag.docx", null,
                "Sociale investeringer notat - bilag til direktionssag.docx"));
        assertThat(document.items().get(2).attachments()).extracting(Attachment::title)
                .containsExactly("1. skitse til udviklingsplan");
        assertThat(document.items().get(4).attachments()).extracting(Attachment::title)
                .containsExactly("Vækstregnskab 2019", "I - Vækstregnskab 2019 - ØU");
        assertThat(document.items().get(5).attachments()).extracting(Attachment::title)
                .containsExactly("Handlingsplan for vækstpolitikken 2018-2022");
    }
}
