package dk.radhus.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Agenda documents in the import format, written from the real seed items: each item takes a seed item's title and
 * two to four sections of one to three paragraphs drawn from all seed sections, so that the words, their frequencies
 * and the text lengths are those of real agendas while no two items are alike. Deterministic for a given seed.
 */
final class SearchCorpus {

    /** A committee of the corpus: its code and name. */
    record Committee(String code, String name) {
    }

    static final List<Committee> COMMITTEES = List.of(
            new Committee("BEU", "Borger- og Erhvervsudvalget"),
            new Committee("ØKU", "Økonomiudvalget"),
            new Committee("BSU", "Børne- og Skoleudvalget"),
            new Committee("TMU", "Teknik- og Miljøudvalget"),
            new Committee("SSU", "Social- og Sundhedsudvalget"),
            new Committee("KFU", "Kultur- og Fritidsudvalget"));

    static final int ITEMS_PER_DOCUMENT = 15;
    private static final LocalDate FIRST_MEETING = LocalDate.of(2007, 1, 3);
    private static final List<String> HEADINGS = List.of("Sagsfremstilling", "Økonomi", "Retsgrundlag", "Vurdering",
            "Indstilling");
    /** Lines the import could take for an item heading or item metadata; paragraphs with them are left out. */
    private static final Pattern ITEM_LIKE =
            Pattern.compile("(?imu)^\\s*(\\d{1,3}\\.\\s|punkt\\s|sags|j\\.nr|dok\\.nr|åben|lukket)");
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final List<String> titles = new ArrayList<>();
    private final List<String> paragraphs = new ArrayList<>();

    /** @param seedItems the seed documents' items as the import parsed them */
    SearchCorpus(List<JsonNode> seedItems) {
        for (JsonNode item : seedItems) {
            titles.add(item.get("title").asText());
            for (JsonNode section : item.get("sections")) {
                for (String paragraph : section.get("body").asText().split("\\n\\s*\\n")) {
                    String text = paragraph.strip();
                    if (text.length() >= 60 && !ITEM_LIKE.matcher(text).find()) {
                        paragraphs.add(text);
                    }
                }
            }
        }
    }

    static Committee committee(int document) {
        return COMMITTEES.get(document % COMMITTEES.size());
    }

    /** Meetings two days apart from 2007 on, so that 3,334 documents span about 18 years. */
    static LocalDate date(int document) {
        return FIRST_MEETING.plusDays(2L * document);
    }

    /** The case number of item {@code number} of {@code document}: {@code yy/nnnnn}, unique in the corpus. */
    static String caseNumber(int document, int number) {
        return "%02d/%05d".formatted(date(document).getYear() % 100, document * ITEMS_PER_DOCUMENT + number);
    }

    /** Document {@code document} (0, 1, 2 …): 15 items, every tenth of them closed (Lukket sag). */
    String document(int document) {
        Random random = new Random(document);
        Committee committee = committee(document);
        StringBuilder text = new StringBuilder();
        text.append("Dagsorden til ").append(committee.name()).append("\n\n")
                .append("Dato: ").append(DANISH_DATE.format(date(document))).append('\n')
                .append("Tidspunkt: 17:00\n")
                .append("Sted: Mødelokale ").append(1 + random.nextInt(9)).append("\n\n");
        for (int number = 1; number <= ITEMS_PER_DOCUMENT; number++) {
            boolean closed = (document * ITEMS_PER_DOCUMENT + number) % 10 == 0;
            text.append("Punkt ").append(number).append(": ").append(titles.get(random.nextInt(titles.size())))
                    .append('\n')
                    .append("Sagsid.: ").append(caseNumber(document, number)).append('\n')
                    .append(closed ? "Lukket sag" : "Åben sag").append("\n\n");
            int sections = 2 + random.nextInt(3);
            for (int s = 0; s < sections; s++) {
                String heading = s == sections - 1 ? "Indstilling" : HEADINGS.get(s);
                text.append(heading).append(":\n\n");
                int count = 1 + random.nextInt(3);
                for (int p = 0; p < count; p++) {
                    text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
                }
            }
        }
        return text.toString();
    }
}
