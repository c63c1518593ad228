package dk.radhus.meetings.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.ItemKind;

/**
 * Recognises the line that starts an agenda item: "Punkt 2: Titel", "Punkt 2 Titel", "Sag nr. 74 Titel",
 * "ØU-55/07-O Titel", "2. Titel", "2. A - Titel - BEU". A numbered line counts only when its number follows the
 * previous item's, it is not indented (a table cell or list), and there is evidence that it is a heading: it is marked
 * up, directly follows item metadata or opens a page, the numbered table of contents lists it with the same title, or
 * — unless it continues a numbered list — item metadata, a known section heading or the title once more follows it.
 */
final class ItemHeadings {

    /** A recognised item heading. */
    record Heading(int number, String title, ItemKind kind, boolean closedByTitle, String runOn) {
    }

    private static final Pattern PUNKT = Pattern.compile(
            "^(?:Punkt|Sag nr\\.?|Dagsordenspunkt)\\s+(\\d{1,3})\\s*[:.]?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(?:([AIM])\\s*-\\s*)?(.+)$");
    /** A committee's own item id: "ØU-55/07-O Økonomisk orientering maj 2007" is item 55. */
    private static final Pattern COMMITTEE_ID = Pattern.compile("^[A-ZÆØÅ]{1,4}-(\\d{1,3})/\\d{2}-[A-ZÆØÅ]\\s+(.+)$");
    private static final Pattern MONTH = Pattern.compile(
            "(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\b");
    private static final int SENTENCE = 80;
    private static final int LOOKAHEAD = 4;
    private static final int HEADING_LOOKAHEAD = 2;

    private ItemHeadings() {
    }

    static Optional<Heading> match(List<Line> lines, int index, int previousNumber, boolean metaPending,
            List<String> tableOfContents, TableOfContents toc) {
        Line line = lines.get(index);
        if (line.indented()) {
            return Optional.empty();
        }
        Matcher punkt = PUNKT.matcher(line.text());
        if (punkt.matches()) {
            int number = Integer.parseInt(punkt.group(1));
            return number > previousNumber ? Optional.of(heading(number, punkt.group(2), null)) : Optional.empty();
        }
        Matcher id = COMMITTEE_ID.matcher(line.text());
        if (id.matches() && Integer.parseInt(id.group(1)) > previousNumber) {
            return Optional.of(heading(Integer.parseInt(id.group(1)), id.group(2), null));
        }
        Matcher numbered = NUMBERED.matcher(line.text().replace('\t', ' ').strip());
        if (!numbered.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(numbered.group(1));
        String title = numbered.group(3).strip();
        boolean strong = line.marked() || inContents(number, title, toc);
        boolean evidence = strong || metaPending || afterPageBreak(lines, index)
                || !continuesList(lines, index) && (metaFollows(lines, index) || listed(title, tableOfContents)
                        || headingFollows(lines, index, title));
        if (number <= previousNumber || title.length() < 3 || !evidence || !strong && readsAsText(title)) {
            return Optional.empty();
        }
        ItemKind kind = numbered.group(2) == null ? null : ItemKind.fromLetter(numbered.group(2).charAt(0));
        return Optional.of(heading(number, title, kind));
    }

    /** "1. januar 2024 må der ikke …": a date or a sentence that starts with a number, not an item's title. */
    private static boolean readsAsText(String title) {
        return MONTH.matcher(title).lookingAt() || title.endsWith(".") && title.length() > SENTENCE;
    }

    private static Heading heading(int number, String text, ItemKind kind) {
        String full = text.strip();
        String title = Titles.withoutRunOn(full);
        return new Heading(number, Titles.clean(title, kind != null), kind, Titles.closed(title),
                Titles.runOn(full, title));
    }

    /** Whether the table of contents lists this number with a title that starts alike. */
    private static boolean inContents(int number, String title, TableOfContents toc) {
        return toc.entry(number).map(entry -> {
            String listed = normalise(Titles.clean(entry.text(), false));
            String here = normalise(Titles.clean(title, false));
            int compare = Math.min(20, Math.min(listed.length(), here.length()));
            return compare > 0 && listed.substring(0, compare).equals(here.substring(0, compare));
        }).orElse(false);
    }

    /** Whether a known section heading, or the title once more, follows within the next lines with text. */
    private static boolean headingFollows(List<Line> lines, int index, String title) {
        int seen = 0;
        for (int i = index + 1; i < lines.size() && seen < HEADING_LOOKAHEAD; i++) {
            Line next = lines.get(i);
            if (next.blank()) {
                continue;
            }
            if (SectionHeadings.known(next) || next.text().strip().equals(title)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** A numbered line that opens a page of a flattened PDF transcript, where agenda systems start each item. */
    private static boolean afterPageBreak(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (lines.get(i).pageBreak()) {
                return true;
            }
            if (!lines.get(i).blank()) {
                return false;
            }
        }
        return false;
    }

    private static boolean metaFollows(List<Line> lines, int index) {
        int seen = 0;
        for (int i = index + 1; i < lines.size() && seen < LOOKAHEAD; i++) {
            Line next = lines.get(i);
            if (next.blank()) {
                continue;
            }
            if (ItemMeta.isStrongMeta(next) || ItemMeta.isBareCaseNumber(next)) {
                return true;
            }
            if (next.marked()) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /** Whether the line continues a plain numbered list ("1. …", "2. …") rather than starting an item. */
    private static boolean continuesList(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            Line previous = lines.get(i);
            if (!previous.blank()) {
                return !previous.marked() && NUMBERED.matcher(previous.text().strip()).matches();
            }
        }
        return false;
    }

    private static boolean listed(String title, List<String> tableOfContents) {
        String wanted = normalise(title);
        return tableOfContents.stream().map(ItemHeadings::normalise).anyMatch(entry -> entry.endsWith(wanted));
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
