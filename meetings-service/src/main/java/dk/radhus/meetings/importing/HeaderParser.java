package dk.radhus.meetings.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.importing.ParsedDocument.DocumentKind;
import dk.radhus.meetings.importing.ParsedDocument.Participant;

/**
 * Reads the part before the first item: the title ("Dagsorden til …", "REFERAT Direktionen d. …", or a committee
 * heading followed by "Dagsorden"), the labelled fields (Dato, Tidspunkt, Sted, Deltagere, Afbud … with or without a
 * colon) and the table of contents.
 */
final class HeaderParser {

    private static final Pattern TITLE = Pattern.compile(
            "^(dagsorden|referat|beslutningsprotokol|beslutninger)\\b\\s*(?:(?:fra|af) mødet?(?: i)?|til|for|fra|[-–:.])?"
                    + "\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_SUFFIX = Pattern.compile("\\s+(?:d\\.|den)\\s+.*$|\\s+\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}$");
    private static final Pattern FIELD = Pattern.compile(
            "^(Mødedato|Dato|Mødetidspunkt|Tidspunkt|Starttidspunkt|Sluttidspunkt|Mødested|Mødelokale|Lokale|Sted"
                    + "|Mødedeltagere|Deltagere|Medlemmer|Afbud|Fraværende|Udvalg|Møde|Bemærkninger|Møde nr)\\b\\s*:?"
                    + "\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label in capitals on a line of its own, its value on the next line (UDVALG, MØDE, STED, STARTTIDSPUNKT …). */
    private static final Pattern CAPITAL_LABEL = Pattern.compile(
            "^(UDVALG|MØDE|STED|MØDESTED|DATO|MØDEDATO|TIDSPUNKT|STARTTIDSPUNKT|SLUTTIDSPUNKT|DELTAGERE|AFBUD)$");
    /** "Byrådet - Referat": the committee, then the kind. */
    private static final Pattern COMMITTEE_THEN_KIND = Pattern.compile(
            "^(.+?)\\s*[-–]\\s*(dagsorden|referat|beslutningsprotokol)$", Pattern.CASE_INSENSITIVE);
    /** "Erhvervs- og Beskæftigelsesudvalget onsdag den 17. september 2025 kl. 19.00": committee before the date. */
    private static final Pattern BEFORE_DATE = Pattern.compile(
            "\\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\s+)?(?:den|d\\.)\\s+.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A title that says it is a draft: "Udkast til dagsorden", "Foreløbigt referat – …". */
    private static final Pattern DRAFT_PREFIX = Pattern.compile("^(?:udkast|foreløbig[te]?)\\b\\s*(?:til\\s+|[-–:]\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Referat (udkast) for …", "Referat - ikke godkendt", "Beslutningsprotokol (foreløbig)". */
    private static final Pattern DRAFT_NOTE = Pattern.compile(
            "\\s*\\(\\s*(?:udkast|foreløbig[te]?|ikke godkendt)\\s*\\)|\\s*[-–]\\s*(?:udkast|foreløbig[te]?|ikke godkendt)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A draft stamp on a line of its own: "UDKAST", "Foreløbigt", "Ikke godkendt". */
    private static final Pattern DRAFT_STAMP = Pattern.compile("^(?:udkast|foreløbig[te]?|ikke godkendt)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TOC_ENTRY = Pattern.compile("^(.+?)(?:\\s*\\.{2,}\\s*|\\t+)\\s*(\\d+)$");
    private static final Pattern PARTICIPANT = Pattern.compile("^(.+?)\\s*\\(([^)]*)\\)\\s*$");

    DocumentKind kind;
    /** Whether the document says it is a draft (udkast, foreløbig, ikke godkendt) in its title or a stamp. */
    boolean draft;
    String committeeName;
    LocalDate date;
    LocalTime startTime;
    LocalTime endTime;
    String location;
    final List<Participant> participants = new ArrayList<>();
    final List<Participant> absentees = new ArrayList<>();
    final List<String> tableOfContents = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    private String lastHeading;
    private boolean inTableOfContents;
    private String capitalLabel;
    /** Lines before the first item that the header could not place, in order (one may be a lone item's title). */
    final List<String> unplaced = new ArrayList<>();

    static boolean isField(Line line) {
        return FIELD.matcher(line.text()).matches() && line.text().contains(":")
                || CAPITAL_LABEL.matcher(line.text()).matches();
    }

    /** Whether the header is reading the table of contents and takes this line as part of it. */
    boolean acceptTableOfContents(Line line) {
        if (line.headingText().equalsIgnoreCase("Indholdsfortegnelse")) {
            inTableOfContents = true;
            return true;
        }
        if (!inTableOfContents) {
            return false;
        }
        if (line.blank() || line.text().toLowerCase(Locale.ROOT).endsWith("side")) {
            return true;
        }
        Matcher entry = TOC_ENTRY.matcher(line.text());
        if (entry.matches()) {
            tableOfContents.add(entry.group(1).replaceAll("\\.+$", "").strip());
            return true;
        }
        inTableOfContents = false;
        return false;
    }

    void accept(Line line) {
        if (capitalLabel != null) {
            String label = capitalLabel;
            capitalLabel = null;
            capitalField(label, line.text().strip());
            return;
        }
        if (CAPITAL_LABEL.matcher(line.text()).matches()) {
            capitalLabel = line.text();
            return;
        }
        if (DRAFT_STAMP.matcher(line.headingText()).matches()) {
            draft = true;
            return;
        }
        String text = kind == null ? undrafted(line.text()) : line.text();
        Matcher committeeThenKind = COMMITTEE_THEN_KIND.matcher(text);
        if (committeeThenKind.matches() && kind == null) {
            kind = committeeThenKind.group(2).equalsIgnoreCase("dagsorden") ? DocumentKind.AGENDA : DocumentKind.MINUTES;
            committeeName = committeeName == null ? committeeThenKind.group(1).strip() : committeeName;
            return;
        }
        Matcher title = TITLE.matcher(text);
        if (title.matches() && kind == null) {
            kind = title.group(1).equalsIgnoreCase("dagsorden") ? DocumentKind.AGENDA : DocumentKind.MINUTES;
            String rest = title.group(2).strip();
            if (!rest.isEmpty()) {
                DanishDates.date(rest).ifPresent(found -> date = found);
                committeeName = DATE_SUFFIX.matcher(rest).replaceFirst("").strip();
            } else if (lastHeading != null) {
                committeeName = lastHeading;
            }
            return;
        }
        Matcher field = FIELD.matcher(line.text());
        if (field.matches()) {
            field(field.group(1).toLowerCase(Locale.ROOT), field.group(2).strip());
            return;
        }
        if (line.marked()) {
            if (!line.text().endsWith("Kommune")) {
                lastHeading = line.headingText();
            }
            return;
        }
        if (date == null && DanishDates.date(line.text()).isPresent()) {
            date = DanishDates.date(line.text()).orElseThrow();
            DanishDates.clockTime(line.text()).ifPresent(found -> startTime = found);
            String before = BEFORE_DATE.matcher(line.text()).replaceFirst("").strip();
            if (committeeName == null && !before.isEmpty() && DanishDates.date(before).isEmpty()) {
                committeeName = before;
            }
            return;
        }
        unplaced.add(line.text());
        warnings.add("Tekst før første punkt kunne ikke placeres: \"" + line.text() + "\"");
    }

    /**
     * The title without the words that mark it a draft, noting that it is one; a line that is no title with them
     * removed is left as it is.
     */
    private String undrafted(String line) {
        String stripped = DRAFT_NOTE.matcher(DRAFT_PREFIX.matcher(line).replaceFirst("")).replaceFirst("").strip();
        boolean title = TITLE.matcher(stripped).matches() || COMMITTEE_THEN_KIND.matcher(stripped).matches();
        if (stripped.equals(line) || !title) {
            return line;
        }
        draft = true;
        return stripped;
    }

    /** Takes back the unplaced lines that became an item's title and text. */
    void placed(List<String> lines) {
        for (String text : lines) {
            unplaced.remove(text);
            warnings.remove("Tekst før første punkt kunne ikke placeres: \"" + text + "\"");
        }
    }

    private void capitalField(String label, String value) {
        switch (label) {
            case "UDVALG" -> committeeName = value;
            case "MØDE" -> {
                Matcher title = TITLE.matcher(value);
                if (title.matches()) {
                    kind = title.group(1).equalsIgnoreCase("dagsorden") ? DocumentKind.AGENDA : DocumentKind.MINUTES;
                }
            }
            case "STARTTIDSPUNKT" -> {
                field("dato", value);
                DanishDates.times(value).stream().findFirst().ifPresent(found -> startTime = found);
            }
            case "SLUTTIDSPUNKT" -> DanishDates.times(value).stream().findFirst().ifPresent(found -> endTime = found);
            default -> field(label.toLowerCase(Locale.ROOT), value);
        }
    }

    private void field(String label, String value) {
        switch (label) {
            case "mødedato", "dato" -> {
                DanishDates.date(value).ifPresentOrElse(found -> date = found,
                        () -> warnings.add("Datoen kunne ikke læses: \"" + value + "\""));
                DanishDates.clockTime(value).ifPresent(found -> startTime = found);
            }
            case "mødetidspunkt", "tidspunkt" -> {
                List<LocalTime> times = DanishDates.times(value);
                if (!times.isEmpty()) {
                    startTime = times.get(0);
                }
                if (times.size() > 1) {
                    endTime = times.get(1);
                }
            }
            case "mødested", "mødelokale", "lokale", "sted" -> location = value.isEmpty() ? location : value;
            case "afbud", "fraværende" -> absentees.addAll(participants(value));
            case "udvalg" -> committeeName = value.isEmpty() ? committeeName : value;
            case "møde", "bemærkninger", "møde nr", "starttidspunkt", "sluttidspunkt" -> {
                return;
            }
            default -> participants.addAll(participants(value));
        }
    }

    static List<Participant> participants(String value) {
        List<Participant> result = new ArrayList<>();
        for (String part : value.split("[,;]")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher matcher = PARTICIPANT.matcher(entry);
            if (!matcher.matches()) {
                result.add(new Participant(entry, null, null));
            } else if (matcher.group(2).matches("[A-ZÆØÅ]{1,2}")) {
                result.add(new Participant(matcher.group(1).strip(), matcher.group(2), null));
            } else {
                result.add(new Participant(matcher.group(1).strip(), null, matcher.group(2).strip()));
            }
        }
        return result;
    }
}
