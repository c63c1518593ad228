package dk.radhus.meetings.importing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.SectionType;

/** Recognises the headings inside an item: typed sections, Beslutning (with its variants), Bilag, or other headings. */
final class SectionHeadings {

    /** What a heading line starts. */
    enum Kind {
        SECTION,
        DECISION,
        ATTACHMENTS,
        OTHER
    }

    /** A recognised heading; {@code type} for sections, {@code body}/{@code date} for decisions. */
    record Heading(Kind kind, SectionType type, String text, String body, LocalDate date) {
    }

    private static final Map<String, SectionType> LABELS = Map.ofEntries(
            Map.entry("baggrund", SectionType.BACKGROUND),
            Map.entry("sagsfremstilling", SectionType.CASE_PRESENTATION),
            Map.entry("sagsbeskrivelse", SectionType.CASE_PRESENTATION),
            Map.entry("økonomi", SectionType.FINANCES),
            Map.entry("økonomiske konsekvenser", SectionType.FINANCES),
            Map.entry("retsgrundlag", SectionType.LEGAL_BASIS),
            Map.entry("lovgrundlag", SectionType.LEGAL_BASIS),
            Map.entry("plangrundlag", SectionType.POLICY_BASIS),
            Map.entry("politik/plan", SectionType.POLICY_BASIS),
            Map.entry("politik", SectionType.POLICY_BASIS),
            Map.entry("information", SectionType.INFORMATION),
            Map.entry("høring", SectionType.CONSULTATION),
            Map.entry("vurdering", SectionType.ASSESSMENT),
            Map.entry("andre relevante dokumenter", SectionType.RELATED_DOCUMENTS),
            Map.entry("indstilling", SectionType.RECOMMENDATION),
            Map.entry("indstillinger", SectionType.RECOMMENDATION),
            Map.entry("beskrivelse af sagen", SectionType.CASE_PRESENTATION),
            Map.entry("sagens baggrund", SectionType.BACKGROUND),
            Map.entry("resume", SectionType.BACKGROUND),
            Map.entry("resumé", SectionType.BACKGROUND),
            Map.entry("sagsgang og sagstype", SectionType.FREE_TEXT),
            Map.entry("beslutningstema", SectionType.FREE_TEXT),
            Map.entry("beslutningskompetence", SectionType.FREE_TEXT),
            Map.entry("personale", SectionType.FREE_TEXT));
    private static final Pattern DECISION = Pattern.compile(
            "^beslutning(?:\\s+(?:i\\s+|fra\\s+)?(.+?))?(?:\\s+(?:den|d\\.)\\s+(.+))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Økonomiudvalgets beslutning i mødet den 31. marts 2020": the deciding body before "beslutning". */
    private static final Pattern BODY_DECISION = Pattern.compile(
            "^(\\S.*?)s beslutning(?: (?:i|på) mødet)? (?:den|d\\.) (.+)$", Pattern.UNICODE_CASE);
    /** An unmarked short line ending in a colon ("Oversigt:"): a heading by its form. */
    private static final Pattern COLON_HEADING = Pattern.compile("^\\p{Lu}[\\p{L} /-]{2,40}:$");

    private SectionHeadings() {
    }

    static Optional<Heading> classify(Line line) {
        String heading = line.headingText();
        if (heading.isEmpty() || heading.length() > 120) {
            return Optional.empty();
        }
        String key = heading.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        SectionType type = LABELS.get(key);
        if (type != null) {
            return Optional.of(new Heading(Kind.SECTION, type, heading, null, null));
        }
        if (key.equals("bilag")) {
            return Optional.of(new Heading(Kind.ATTACHMENTS, null, heading, null, null));
        }
        Optional<Heading> decision = decision(heading, line.marked());
        if (decision.isPresent()) {
            return decision;
        }
        Matcher body = BODY_DECISION.matcher(heading);
        if (body.matches() && DanishDates.date(body.group(2)).isPresent()) {
            return Optional.of(new Heading(Kind.DECISION, null, heading, body.group(1),
                    DanishDates.date(body.group(2)).orElseThrow()));
        }
        boolean byForm = COLON_HEADING.matcher(line.text().strip()).matches() && heading.split(" ").length <= 4;
        return line.marked() || byForm ? Optional.of(new Heading(Kind.OTHER, null, heading, null, null))
                : Optional.empty();
    }

    /** Whether the line is a heading of a known kind (a typed section, decision or attachments), not just marked up. */
    static boolean known(Line line) {
        return classify(line).filter(h -> h.kind() != Kind.OTHER).isPresent();
    }

    /** "Beslutning", "Beslutning:", "Beslutning Direktionen den 16-12-2019", "Beslutning i BEU den 6. marts 2013". */
    private static Optional<Heading> decision(String heading, boolean marked) {
        Matcher matcher = DECISION.matcher(heading);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = matcher.group(2) == null ? Optional.empty() : DanishDates.date(matcher.group(2));
        boolean bare = matcher.group(1) == null && matcher.group(2) == null;
        if (!bare && date.isEmpty() && !marked) {
            return Optional.empty();
        }
        return Optional.of(new Heading(Kind.DECISION, null, heading, matcher.group(1), date.orElse(null)));
    }
}
