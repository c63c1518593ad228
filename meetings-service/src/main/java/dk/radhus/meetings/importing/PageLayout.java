package dk.radhus.meetings.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's text as it was published or extracted into logical lines before parsing: removes page furniture
 * (page headers and footers, "Side 3 af 56", web-page chrome such as "Til toppen" or a cookie banner), breaks pages
 * that an extraction flattened onto one line at the places a heading, label or marker starts, splits a heading from
 * the text run onto its line ("Beslutning: Godkendt."), and takes away an indentation that every line shares.
 */
final class PageLayout {

    /** Web-page and viewer chrome: links and buttons that are no part of any agenda. */
    private static final Set<String> CHROME = Set.of("til toppen", "udskriv", "udskriv hele dagsordnen",
            "udskriv dagsorden", "se alle bilag", "størrelse: px", "starte visningen fra side:", "transkript",
            "show more", "show less", "background image", "create successful epaper yourself", "tilbage til toppen");
    private static final Pattern CHROME_PATTERN = Pattern.compile(
            "^(?:download \".*\"|\\d{2}\\.\\d{2}\\.\\d{4} views|• no tags were found.*|turn your pdf publications.*"
                    + "|.*\\bcookie.*|se vores \"cookiepolitik\".*)$");
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "(?i)^(?:side\\s+(?:\\d{1,4}(?:\\s+af\\s+\\d{1,4})?|[ivxlc]{1,6})|\\d{1,3}|side\\s+\\d{1,4}\\s*/\\s*\\d{1,4})$");
    /** "Side 2 af 56" anywhere, "Side 6" after a sentence or at the end of a page. */
    private static final Pattern INLINE_PAGE_MARKER = Pattern.compile(
            "\\s*\\bSide \\d{1,4} af \\d{1,4}\\b\\s*|(?<=[.:])\\s+Side \\d{1,4}(?=\\s|$)|\\s+Side \\d{1,4}$");
    /** A page of a PDF transcript: its number, then the whole page's text on one line. */
    private static final Pattern FLAT_PAGE = Pattern.compile("^(\\d{1,3}) (\\S.*)$");
    /** At least one page this long shows that the numbered lines are whole pages. */
    private static final int LONG_PAGE = 200;
    /** A line this long holds a flattened page even without a page number (a flip-book's text layer). */
    private static final int FLAT = 1500;
    /** Where a flattened page is broken: before each of these, and after the markers among them. */
    private static final Pattern BREAK_BEFORE = Pattern.compile(
            "(?<=\\S)\\s+(?=(?:Indholdsfortegnelse|Side [ivxlc]{1,6}\\b|Dato ?:|Mødetidspunkt:|Mødelokale:|Mødested ?:"
                    + "|Medlemmer:|Fraværende:|Mødedeltagere:|Afbud fra:|Sted ?:|J\\.nr\\.?:|Sagsid\\.?:|Sagsnr\\.?:"
                    + "|Sagstype\\.?:|Beslutning:|Sagsfremstilling:|Indstilling:|Baggrund:|Sag nr\\. \\d"
                    + "|[A-ZÆØÅ]{1,4}-\\d{1,3}/\\d{2}-[A-ZÆØÅ]\\b|Til \\p{L}+ - for (?:åbne|lukkede) døre"
                    + "|(?:Åben|Lukket) sag(?!\\s*:)))");
    private static final Pattern BREAK_AFTER = Pattern.compile(
            "(for (?:åbne|lukkede) døre(?:\\.{2,8}[ivxlc]{1,6})?|\\b(?:Åben|Lukket) sag(?!\\s*:))\\s+");
    private static final Pattern GLUED_CONTENTS = Pattern.compile("^(Indholdsfortegnelse)(?=[^\\s:])");
    private static final Pattern GLUED_BEFORE_CONTENTS = Pattern.compile("(?<=[\\p{Ll}\\d])(?=Indholdsfortegnelse)");
    /** The line that stands for a page break between flattened pages. */
    static final String PAGE_BREAK = "\f";
    /** A known heading with its text on the same line: "Beslutning: Taget til efterretning.". */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "^(Beslutning|Sagsfremstilling|Sagsbeskrivelse|Indstilling|Baggrund|Økonomi|Retsgrundlag|Lovgrundlag"
                    + "|Vurdering|Høring|Resume|Beslutningstema)\\s*:\\s+(\\S.*)$");
    private static final int FOOTER_WORDS = 3;

    private PageLayout() {
    }

    static List<String> lines(String document) {
        List<String> raw = document.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        List<String> unflattened = unflatten(raw);
        List<String> result = new ArrayList<>();
        for (String line : dedent(unflattened)) {
            if (line.equals(PAGE_BREAK)) {
                result.add(line);
                continue;
            }
            String text = line.replace('\u00a0', ' ').strip();
            String bare = text.replaceFirst("^[•·]\\s*", "").toLowerCase(Locale.ROOT);
            if (!text.isEmpty() && (CHROME.contains(bare) || CHROME_PATTERN.matcher(bare).matches()
                    || PAGE_MARKER.matcher(text).matches())) {
                continue;
            }
            Matcher glued = GLUED_CONTENTS.matcher(text);
            if (glued.find()) {
                result.add(glued.group(1));
                result.add(text.substring(glued.end()));
                continue;
            }
            Matcher inline = INLINE_HEADING.matcher(text);
            if (inline.matches() && !line.startsWith(" ")) {
                result.add(inline.group(1) + ":");
                result.add(inline.group(2));
                continue;
            }
            result.add(line);
        }
        return result;
    }

    /**
     * Breaks the lines that hold a whole page (PDF transcripts: "3 Side i Til efterretning … 89. …"), after removing
     * the page number and a footer that ends several pages alike.
     */
    private static List<String> unflatten(List<String> raw) {
        List<Integer> pages = new ArrayList<>();
        int expectedPage = 1;
        for (int i = 0; i < raw.size(); i++) {
            Matcher page = FLAT_PAGE.matcher(raw.get(i));
            if (page.matches() && Integer.parseInt(page.group(1)) == expectedPage || raw.get(i).length() > FLAT) {
                pages.add(i);
                expectedPage += page.matches() ? 1 : 0;
            }
        }
        if (pages.isEmpty() || pages.stream().noneMatch(i -> raw.get(i).length() > LONG_PAGE)) {
            return raw;
        }
        String footer = commonFooter(pages.stream().filter(i -> FLAT_PAGE.matcher(raw.get(i)).matches())
                .map(i -> pageText(raw.get(i))).toList());
        List<String> result = new ArrayList<>(raw);
        for (int p = pages.size() - 1; p >= 0; p--) {
            int index = pages.get(p);
            boolean numbered = FLAT_PAGE.matcher(raw.get(index)).matches();
            String page = GLUED_BEFORE_CONTENTS.matcher(pageText(raw.get(index))).replaceAll("\n");
            if (numbered && footer != null && page.endsWith(" " + footer)) {
                page = page.substring(0, page.length() - footer.length()).strip();
            }
            page = INLINE_PAGE_MARKER.matcher(page).replaceAll(" ").strip();
            page = BREAK_AFTER.matcher(BREAK_BEFORE.matcher(page).replaceAll("\n")).replaceAll("$1\n");
            result.remove(index);
            result.addAll(index, List.of(((numbered ? PAGE_BREAK : "") + "\n" + page + "\n").split("\n", -1)));
        }
        return result;
    }

    private static String pageText(String line) {
        Matcher page = FLAT_PAGE.matcher(line);
        return page.matches() ? page.group(2).strip() : line.strip();
    }

    /** The last words that at least two pages, and most of them, end with: a running footer. */
    private static String commonFooter(List<String> pages) {
        if (pages.size() < 2) {
            return null;
        }
        for (int words = FOOTER_WORDS; words >= 1; words--) {
            Map<String, Integer> counts = new HashMap<>();
            for (String page : pages) {
                String[] tokens = page.split(" ");
                if (tokens.length > words) {
                    counts.merge(String.join(" ", List.of(tokens).subList(tokens.length - words, tokens.length)), 1,
                            Integer::sum);
                }
            }
            for (var entry : counts.entrySet()) {
                if (entry.getValue() >= 2 && entry.getValue() * 2 >= pages.size()
                        && !entry.getKey().matches(".*\\d.*")) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    /** Takes away the indentation most lines with text share (a page exported with every line indented). */
    private static List<String> dedent(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                counts.merge(indentation(line), 1, Integer::sum);
            }
        }
        int common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        if (common == 0) {
            return lines;
        }
        return lines.stream().map(line -> line.substring(Math.min(common, indentation(line)))).toList();
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
