package dk.radhus.meetings.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;

/**
 * An item's metadata lines: "Sagstype.: Borger- og Erhvervsudvalget A  Sagsid.: 3118504  Dok.nr.: 3126215  Åben sag",
 * "Sagstype: Åben", "Type: … A", "Sagsnr.: 12/26442", "J.nr. 14/26479", "LUKKET SAG". Collects what it recognises.
 */
final class ItemMeta {

    private static final Pattern LABELLED = Pattern.compile(
            "^(Sagstype|Type|Sagsnr|Sags\\.?\\s?nr|Sagsid|J\\.?\\s?nr|Dok\\.?\\s?nr|Sagsinitialer|Initialer)\\.?\\s*"
                    + "(?::\\s*(.*)|\\s(\\d.*))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STRONG_LABEL = Pattern.compile(
            "^(Sagstype|Sagsnr|Sags\\.?\\s?nr|Sagsid|J\\.?\\s?nr|Dok\\.?\\s?nr)\\.?\\s*:.*", Pattern.CASE_INSENSITIVE);
    /** Where the next label starts when several share a cell: "J.nr.:. Sagsid.: Initialer: Åben sag". */
    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?<=\\S)[\\s,.]+(?=(?:Sagsid|Sagsnr|Sags nr|J\\.\\s?nr|Dok\\.\\s?nr|Sagsinitialer|Initialer)\\.?\\s*:)",
            Pattern.CASE_INSENSITIVE);
    /** A case or document number: a token with a digit ("20/33839", "EMN-2025-009242", "00.01.00-A00-1-19"). */
    private static final Pattern NUMBER_VALUE = Pattern.compile("^[.:\\s]*(\\p{L}*[\\p{L}\\d./-]*\\d[\\p{L}\\d./-]*?)[.,;]?(?:\\s|$)");
    private static final Pattern KIND_LETTER = Pattern.compile("\\s([AIM])$");
    private static final Pattern BARE_CASE_NUMBER = Pattern.compile("^(\\d{2}/\\d{2,}|\\d{5,}|[A-ZÆØÅ]{2,}-\\d{4}-\\d+)$");

    String caseNumber;
    String documentNumber;
    ItemKind kind;
    ItemAccess access;
    /** Markers that looked like access markers but are no known wording; each made the item closed. */
    final List<String> unknownMarkers = new ArrayList<>();
    /** Whether the item was marked both open and closed (it is closed). */
    boolean contradictoryMarkers;

    /** Whether the line is metadata: labelled fields or an access word alone. */
    static boolean isMeta(Line line) {
        return AccessMarkers.of(line.text()).isPresent()
                || LABELLED.matcher(line.text().split("\t")[0].strip()).matches();
    }

    /**
     * Metadata that can only be metadata, even between items ("Sagstype.:", "Sagsnr.:", a known access marker, not
     * "Type:").
     */
    static boolean isStrongMeta(Line line) {
        return AccessMarkers.of(line.text()).filter(AccessMarkers.Marker::known).isPresent()
                || STRONG_LABEL.matcher(line.text()).matches();
    }

    /** A line that looks like an access marker but is no known wording ("Fortroligt punkt"). */
    static boolean isUnknownMarker(Line line) {
        return AccessMarkers.of(line.text()).filter(marker -> !marker.known()).isPresent();
    }

    static boolean isBareCaseNumber(Line line) {
        return BARE_CASE_NUMBER.matcher(line.text()).matches();
    }

    void accept(Line line) {
        for (String cell : line.text().split("\t")) {
            for (String part : NEXT_LABEL.split(cell)) {
                acceptCell(part.strip());
            }
        }
    }

    private void acceptCell(String cell) {
        if (cell.isEmpty()) {
            return;
        }
        Optional<AccessMarkers.Marker> marker = AccessMarkers.of(cell);
        if (marker.isPresent()) {
            mark(marker.get());
            return;
        }
        Matcher matcher = LABELLED.matcher(cell);
        if (!matcher.matches()) {
            return;
        }
        String label = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
        String value = (matcher.group(2) != null ? matcher.group(2) : matcher.group(3)).strip();
        switch (label) {
            case "sagstype", "type" -> typeValue(value);
            case "sagsinitialer", "initialer" -> trailingMarker(value);
            case "doknr" -> {
                documentNumber = number(value).orElse(documentNumber);
                trailingMarker(value);
            }
            default -> {
                caseNumber = number(value).orElse(caseNumber);
                trailingMarker(value);
            }
        }
    }

    private static Optional<String> number(String value) {
        Matcher number = NUMBER_VALUE.matcher(value);
        return number.find() ? Optional.of(number.group(1)) : Optional.empty();
    }

    /** "Initialer: Åben sag": a marker that an extraction ran onto the end of a label's value. */
    private void trailingMarker(String value) {
        if (!value.contains(":")) {
            AccessMarkers.trailing(value).ifPresent(this::mark);
        }
    }

    private void typeValue(String value) {
        Optional<AccessMarkers.Marker> whole = AccessMarkers.of(value);
        if (whole.isPresent()) {
            mark(whole.get());
            return;
        }
        AccessMarkers.trailing(value).ifPresent(this::mark);
        Matcher letter = KIND_LETTER.matcher(value);
        if (letter.find()) {
            kind = ItemKind.fromLetter(letter.group(1).charAt(0));
        }
    }

    /** Closed wins: an unknown marker, or open and closed markers on one item, leave it closed. */
    private void mark(AccessMarkers.Marker marker) {
        if (!marker.known()) {
            unknownMarkers.add(marker.wording());
        }
        if (access != null && access != marker.access()) {
            contradictoryMarkers = true;
        }
        access = access == ItemAccess.CLOSED ? ItemAccess.CLOSED : marker.access();
    }

    boolean empty() {
        return caseNumber == null && documentNumber == null && kind == null && access == null
                && unknownMarkers.isEmpty();
    }
}
