package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.SectionType;
import dk.radhus.meetings.importing.ParsedDocument.Item;

/**
 * The parser against the project's own reading of twenty public agendas and minutes of other municipalities
 * ({@code imports/corpus/README.md}): prints the accuracy per field and fails below the targets.
 */
class CorpusAccuracyTest {

    enum Field { ITEMS, TITLE, CASE_NUMBER, ACCESS, SECTIONS, DECISION }

    private static final Map<Field, Double> TARGETS = Map.of(Field.ITEMS, 0.95, Field.TITLE, 0.95,
            Field.CASE_NUMBER, 0.95, Field.ACCESS, 0.90, Field.SECTIONS, 0.90, Field.DECISION, 0.90);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private final AgendaDocumentParser parser = new AgendaDocumentParser();

    /** Right and scored counts per field. */
    private final Map<Field, int[]> score = new EnumMap<>(Field.class);

    @Test
    void shouldReadTheCorpusAtLeastAsWellAsTheTargets() {
        List<String> misses = new ArrayList<>();
        for (String line : resource("documents.txt").lines().toList()) {
            String name = line.substring(0, line.indexOf('|'));
            ParsedDocument document = parser.parse(resource(name + ".txt"));
            assertThat(document.confidence()).as(name).isBetween(0.0, 1.0);
            for (String expectation : resource(name + ".expected").lines().toList()) {
                if (!expectation.isBlank() && !expectation.startsWith("#")) {
                    compare(name, expectation.split("\\s*\\|\\s*", -1), document, misses);
                }
            }
        }
        StringBuilder table = new StringBuilder("\nField        right / scored   accuracy   target\n");
        score.forEach((field, counts) -> table.append(String.format("%-12s %5d / %-6d    %5.1f %%    %3.0f %%%n",
                field, counts[0], counts[1], 100.0 * counts[0] / counts[1], 100 * TARGETS.get(field))));
        System.out.println(table);
        misses.forEach(System.out::println);
        score.forEach((field, counts) -> assertThat((double) counts[0] / counts[1]).as(field + table.toString())
                .isGreaterThanOrEqualTo(TARGETS.get(field)));
    }

    private void compare(String name, String[] expected, ParsedDocument document, List<String> misses) {
        int number = Integer.parseInt(expected[0]);
        Optional<Item> found = document.items().stream().filter(i -> i.number() == number).findFirst();
        count(Field.ITEMS, found.isPresent(), name, number, "found", misses);
        Item item = found.orElse(null);
        if (!expected[1].equals("?")) {
            String title = item == null ? null : item.title();
            count(Field.TITLE, same(expected[1], title), name, number, "title " + title, misses);
        }
        if (!expected[2].equals("~")) {
            String caseNumber = item == null ? null : item.caseNumber();
            count(Field.CASE_NUMBER, same(expected[2], caseNumber), name, number, "case " + caseNumber, misses);
        }
        String access = item == null ? null : item.access().name();
        count(Field.ACCESS, expected[3].equals(access), name, number, "access " + access, misses);
        if (!expected[4].equals("~")) {
            String headings = item == null ? null : headings(item);
            count(Field.SECTIONS, same(expected[4], headings), name, number, "sections " + headings, misses);
        }
        if (!expected[5].equals("~")) {
            String decision = item == null || item.decision() == null ? null : firstSentence(item.decision().text());
            count(Field.DECISION, same(firstSentence(expected[5]), decision), name, number, "decision " + decision,
                    misses);
        }
    }

    private void count(Field field, boolean right, String name, int number, String got, List<String> misses) {
        int[] counts = score.computeIfAbsent(field, f -> new int[2]);
        counts[1]++;
        if (right) {
            counts[0]++;
        } else {
            misses.add("miss " + field + " " + name + " #" + number + ": " + got);
        }
    }

    /** The headings the document gave the item's sections; the parser's own "Øvrig tekst" for unheaded text is none. */
    private static String headings(Item item) {
        List<String> headings = item.sections().stream().map(ParsedDocument.Section::heading)
                .filter(h -> !h.equals(SectionType.FREE_TEXT.danishHeading())).toList();
        return headings.isEmpty() ? null : String.join("; ", headings);
    }

    private static boolean same(String expected, String actual) {
        return expected.equals("-") ? actual == null || actual.isBlank()
                : actual != null && normalise(expected).equals(normalise(actual));
    }

    private static String firstSentence(String text) {
        if (text == null || text.equals("-")) {
            return text;
        }
        String first = text.strip().lines().findFirst().orElse("").replaceFirst("^[•\\-*]\\s*", "");
        Matcher end = SENTENCE_END.matcher(first);
        return end.find() ? first.substring(0, end.end()) : first;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String resource(String name) {
        try (InputStream in = CorpusAccuracyTest.class.getResourceAsStream("/imports/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource imports/corpus/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
