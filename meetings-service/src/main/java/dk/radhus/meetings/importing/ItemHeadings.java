package dk.radhus.meetings.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.ItemKind;

/**
 * Recognises the line that starts an agenda item: "Punkt 2: Titel", "2. Titel", "2. A - Titel - BEU". A numbered line
 * counts only when its number follows the previous item's, it is not indented (a table cell or list), and it is marked
 * up as a heading, directly follows item metadata, is followed by item metadata, or is listed in the table of contents.
 */
final class ItemHeadings {

    /** A recognised item heading. */
    record Heading(int number, String title, ItemKind kind) {
    }

    private static final Pattern PUNKT = Pattern.compile("^Punkt\\s+(\\d{1,3})\\s*[:.]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(?:([AIM])\\s*-\\s*)?(.+)$");
    private static final Pattern TRAILING_COMMITTEES = Pattern.compile("(\\s*-\\s*[A-ZÆØÅ]{2,4})+$");
    private static final int LOOKAHEAD = 4;

    private ItemHeadings() {
    }

    static Optional<Heading> match(List<Line> lines, int index, int previousNumber, boolean metaPending,
            List<String> tableOfContents) {
        Line line = lines.get(index);
        if (line.indented()) {
            return Optional.empty();
        }
        Matcher punkt = PUNKT.matcher(line.text());
        if (punkt.matches()) {
            int number = Integer.parseInt(punkt.group(1));
            return number > previousNumber ? Optional.of(new Heading(number, punkt.group(2).strip(), null)) : Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(line.text().replace('\t', ' ').strip());
        if (!numbered.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(numbered.group(1));
        String title = numbered.group(3).strip();
        boolean evidence = line.marked() || metaPending
                || !continuesList(lines, index) && (metaFollows(lines, index) || listed(title, tableOfContents));
        if (number <= previousNumber || title.length() < 3 || !evidence) {
            return Optional.empty();
        }
        if (numbered.group(2) != null) {
            String withoutCommittees = TRAILING_COMMITTEES.matcher(title).replaceFirst("").strip();
            return Optional.of(new Heading(number, withoutCommittees, ItemKind.fromLetter(numbered.group(2).charAt(0))));
        }
        return Optional.of(new Heading(number, title, null));
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
