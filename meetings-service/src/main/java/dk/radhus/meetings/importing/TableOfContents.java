package dk.radhus.meetings.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.ItemAccess;

/**
 * A numbered table of contents (indholdsfortegnelse, "PUNKTER"): its entries, read in sequence — each entry's number
 * follows the previous one (a few numbers may be lost in an extraction), so page numbers glued to the next number
 * ("… august 2011 32. …" is page 3, item 2) and numbers inside titles ("3. budgetopfølgning") are told apart.
 * Group headings ("Til behandling - for lukkede døre", "Lukkede punkter") and "- LUKKET SAG" give an entry's access.
 */
final class TableOfContents {

    /** One entry: number, title as printed (without page number), and the access its group or marker gives. */
    record Entry(int number, String text, ItemAccess access) {
    }

    private static final Pattern HEADING = Pattern.compile(
            "^(?:Indholdsfortegnelse:?|Indhold|PUNKTER|Punkter til dagsorden|Dagsordenspunkter)(?=\\s|$)(.*)$");
    private static final Pattern GROUP = Pattern.compile(
            "(?i)(?:Til \\p{L}+ - )?for (åbne|lukkede) døre(?:\\.{2,}\\s*[ivxlc]{1,6}|\\s+\\d{1,3})?"
                    + "|(åbne|lukkede) punkter|(åben|lukket) dagsorden");
    private static final Pattern CASE_STYLE = Pattern.compile("(?:Sag nr\\.|Punkt)\\s*(\\d{1,3})\\s*[.:]?\\s+");
    private static final Pattern PAGE = Pattern.compile("(?:\\s*\\.{2,}\\s*|\\s+)(?:\\d{1,3}|[ivxlc]{1,6})$|\\.{2,}$");
    private static final Pattern CLOSED_MARK = Pattern.compile(
            "(?i)^lukket (?:sag|punkt)\\s*:\\s*|\\s*-\\s*lukket (?:sag|punkt)$|\\s*\\(lukket\\)$");
    private static final int MAX_SKIPPED = 3;
    private static final int WINDOW = 600;
    /** "Sag nr. 89" is evidence enough to look further past titles that an extraction ran together. */
    private static final int CASE_STYLE_WINDOW = 3000;
    private static final int FIRST_WITHIN = 160;

    final List<Entry> entries;
    /** The lines the table of contents takes, from its heading: [start, end). */
    final int start;
    final int end;

    private TableOfContents(List<Entry> entries, int start, int end) {
        this.entries = entries;
        this.start = start;
        this.end = end;
    }

    static TableOfContents none() {
        return new TableOfContents(List.of(), -1, -1);
    }

    boolean covers(int index) {
        return index >= start && index < end;
    }

    Optional<Entry> entry(int number) {
        return entries.stream().filter(e -> e.number() == number).findFirst();
    }

    /**
     * Reads the first numbered table of contents in the lines, if any. A glued line ("… 2016-202087. Godkendelse …",
     * the last entry running into the first item) is split in {@code lines}.
     */
    static TableOfContents read(List<Line> lines) {
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (HEADING.matcher(lines.get(i).text()).matches()) {
                heading = i;
                break;
            }
        }
        if (heading < 0) {
            return none();
        }
        TableOfContents toc = scan(lines, heading);
        if (toc.entries.size() >= 2 && splitGluedBodyStart(lines, toc)) {
            toc = scan(lines, heading);
        }
        if (toc.entries.size() == 1 && !bodyFollows(lines, toc.end)) {
            return toc;
        }
        if (toc.entries.size() < 2) {
            int groups = groupLinesAfter(lines, heading);
            boolean anyGroup = lines.subList(heading + 1, groups).stream().anyMatch(line -> !line.blank());
            return anyGroup ? new TableOfContents(List.of(), heading + 1, groups) : none();
        }
        return toc;
    }

    /** Whether an item's body (a known section heading) follows: a lone "entry" was the first item's heading. */
    private static boolean bodyFollows(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).blank() && !lines.get(i).pageBreak()) {
                return SectionHeadings.known(lines.get(i)) || ItemMeta.isStrongMeta(lines.get(i));
            }
        }
        return true;
    }

    /** The access a group heading on a line of its own gives the items after it ("Lukkede punkter"). */
    static Optional<ItemAccess> group(String line) {
        Matcher group = GROUP.matcher(line.strip());
        if (!group.matches()) {
            return Optional.empty();
        }
        return Optional.of(group.group().toLowerCase(java.util.Locale.ROOT).contains("lukke") ? ItemAccess.CLOSED
                : ItemAccess.OPEN);
    }

    private static int groupLinesAfter(List<Line> lines, int heading) {
        int end = heading + 1;
        while (end < lines.size() && (lines.get(end).blank() || GROUP.matcher(lines.get(end).text()).matches())) {
            end++;
        }
        return end;
    }

    private static TableOfContents scan(List<Line> lines, int heading) {
        StringBuilder text = new StringBuilder();
        List<Integer> lineAt = new ArrayList<>();
        Matcher first = HEADING.matcher(lines.get(heading).text());
        first.matches();
        append(text, lineAt, first.group(1).strip(), heading);
        int last = heading;
        for (int i = heading + 1; i < lines.size() && !hardStop(lines.get(i)); i++) {
            Line line = lines.get(i);
            if (line.pageBreak()) {
                append(text, lineAt, "\f", i);
            } else if (!line.blank()) {
                append(text, lineAt, line.text(), i);
            }
            last = i;
        }
        List<Entry> entries = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Optional<int[]> match = firstEntry(text);
        boolean caseStyle = match.isPresent() && match.get()[3] == 1;
        while (match.isPresent()) {
            int[] m = match.get();
            spans.add(m);
            match = nextEntry(text, m[0], m[2], caseStyle);
        }
        if (spans.isEmpty()) {
            return new TableOfContents(List.of(), heading, heading + 1);
        }
        int endChar = text.length();
        for (int s = 0; s < spans.size(); s++) {
            int[] span = spans.get(s);
            int titleEnd = s + 1 < spans.size() ? spans.get(s + 1)[1] : lastEntryEnd(text, span[2], span[0]);
            endChar = titleEnd;
            entries.add(entry(text, span[0], span[2], titleEnd));
        }
        int endLine = endChar >= lineAt.size() ? last + 1 : lineAt.get(Math.max(0, endChar - 1)) + 1;
        return new TableOfContents(List.copyOf(entries), heading, Math.max(endLine, heading + 1));
    }

    private static void append(StringBuilder text, List<Integer> lineAt, String part, int line) {
        if (!text.isEmpty()) {
            text.append('\n');
            lineAt.add(line);
        }
        text.append(part);
        for (int c = 0; c < part.length(); c++) {
            lineAt.add(line);
        }
    }

    /** A line the table of contents cannot hold: a section heading, a labelled header field or item metadata. */
    private static boolean hardStop(Line line) {
        return !line.blank() && (SectionHeadings.classify(line).filter(h -> h.kind() != SectionHeadings.Kind.OTHER)
                .isPresent() || HeaderParser.isField(line) || ItemMeta.isStrongMeta(line));
    }

    /** {number, start of the match, end of the match, case style (1) or not (0)} of the first entry. */
    private static Optional<int[]> firstEntry(StringBuilder text) {
        String head = text.substring(0, Math.min(text.length(), FIRST_WITHIN));
        Matcher caseStyle = CASE_STYLE.matcher(head);
        if (caseStyle.find()) {
            return Optional.of(new int[] {Integer.parseInt(caseStyle.group(1)), caseStyle.start(), caseStyle.end(), 1});
        }
        Matcher plain = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.\\s+(?=\\S)").matcher(head);
        return plain.find() ? Optional.of(new int[] {Integer.parseInt(plain.group(1)), plain.start(1), plain.end(), 0})
                : Optional.empty();
    }

    /** The next entry: the nearest following number that the evidence allows, the next number preferred. */
    private static Optional<int[]> nextEntry(StringBuilder text, int number, int from, boolean caseStyle) {
        int limit = Math.min(text.length(), from + (caseStyle ? CASE_STYLE_WINDOW : WINDOW));
        int searchFrom = Math.min(limit, caseStyle ? from : from + 2);
        for (int next = number + 1; next <= number + 1 + MAX_SKIPPED; next++) {
            Pattern pattern = caseStyle ? Pattern.compile("(?:Sag nr\\.|Punkt)\\s*(" + next + ")\\b\\s*[.:]?\\s*")
                    : Pattern.compile("(?<!\\d)(\\d{0,3}?)(" + next + ")\\.\\s+(?=\\S)");
            Matcher matcher = pattern.matcher(text).region(searchFrom, limit);
            while (matcher.find()) {
                if (caseStyle || boundary(text, matcher)) {
                    int start = caseStyle ? matcher.start() : matcher.start(2);
                    return Optional.of(new int[] {next, start, matcher.end(), caseStyle ? 1 : 0});
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a number starts an entry: glued to a page number, after a page number, or at a line's start. */
    private static boolean boundary(StringBuilder text, Matcher matcher) {
        if (!matcher.group(1).isEmpty()) {
            return true;
        }
        int before = matcher.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || text.charAt(before) == '\n' || text.charAt(before) == '\f'
                || Character.isDigit(text.charAt(before))) {
            return true;
        }
        String preceding = text.substring(Math.max(0, before - 8), before + 1);
        return preceding.matches("(?s).*(?:\\.{2,}|\\s)[ivxlc]{1,6}");
    }

    /** The last entry ends at the end of its page, before a blank-separated body or a number that restarts. */
    private static int lastEntryEnd(StringBuilder text, int from, int number) {
        int pageBreak = text.indexOf("\f", from);
        int end = pageBreak < 0 ? text.length() : pageBreak;
        Matcher restart = Pattern.compile("\n(\\d{1,3})\\.\\s").matcher(text).region(from, end);
        while (restart.find()) {
            if (Integer.parseInt(restart.group(1)) <= number) {
                return restart.start();
            }
        }
        return end;
    }

    private static Entry entry(StringBuilder text, int number, int from, int to) {
        String raw = text.substring(from, Math.max(from, to)).replace('\f', ' ').replace('\n', ' ')
                .replaceAll("\\s+", " ").strip();
        ItemAccess access = null;
        Matcher group = GROUP.matcher(raw);
        String title = raw;
        if (group.find()) {
            title = raw.substring(0, group.start()).strip();
        }
        ItemAccess groupAccess = groupAccess(text, from);
        title = PAGE.matcher(title).replaceFirst("").strip();
        Matcher closed = CLOSED_MARK.matcher(title);
        if (closed.find()) {
            access = ItemAccess.CLOSED;
            title = closed.replaceAll("").strip();
            title = PAGE.matcher(title).replaceFirst("").strip();
        }
        title = title.replaceAll("\\s*-$", "").strip();
        return new Entry(number, title, access != null ? access : groupAccess);
    }

    /** The access the nearest group heading before the entry gives it. */
    private static ItemAccess groupAccess(StringBuilder text, int position) {
        Matcher group = GROUP.matcher(text).region(0, position);
        ItemAccess access = null;
        while (group.find()) {
            access = group.group().toLowerCase(java.util.Locale.ROOT).contains("lukke") ? ItemAccess.CLOSED
                    : ItemAccess.OPEN;
        }
        return access;
    }

    /** Splits a line where the last entry runs into the first item ("… 2016-202087. Godkendelse af …"). */
    private static boolean splitGluedBodyStart(List<Line> lines, TableOfContents toc) {
        Entry first = toc.entries.get(0);
        String words = first.text().length() > 20 ? first.text().substring(0, 20) : first.text();
        String wanted = first.number() + ". " + words;
        for (int i = toc.start + 1; i < Math.min(lines.size(), toc.end + 1); i++) {
            String text = lines.get(i).text();
            int at = text.indexOf(wanted, 1);
            if (at > 0 && Character.isDigit(text.charAt(at - 1))) {
                lines.set(i, Line.of(text.substring(0, at)));
                lines.add(i + 1, Line.of(text.substring(at)));
                return true;
            }
        }
        return false;
    }
}
