package dk.radhus.meetings.importing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.ItemAccess;

/**
 * Reads an item's access marker (Åben sag, LUKKET SAG …) and fails closed: a wording that looks like a marker but is
 * not one of the known wordings ("Fortroligt punkt", "Lukket, jf. forvaltningslovens § 13", "L u k k e t") makes the
 * item CLOSED, as unknown, so the import warns. A line looks like a marker when it starts with a word such as lukket,
 * fortrolig or åben and is short — at most three words before a comma, a parenthesis or "jf." — so that a sentence
 * of a case presentation ("Åbent hus blev holdt i maj …") stays text. Among an item's metadata such a line is its
 * marker; between items only when the next item's heading follows it. Only the known open wordings make an item
 * open; an item with no marker at all stays open, as the seed documents have it.
 */
final class AccessMarkers {

    /** A marker as read: the access it gives, its wording, and whether the wording is a known one. */
    record Marker(ItemAccess access, String wording, boolean known) {
    }

    private static final Set<String> OPEN = Set.of("åben", "åben sag", "åbent punkt", "åbent");
    private static final Set<String> CLOSED = Set.of("lukket", "lukket sag", "lukket punkt", "lukket møde",
            "fortrolig", "fortroligt");
    private static final Pattern MARKER_WORD = Pattern.compile(
            "^(?:lukke\\p{L}*|fortrolig\\p{L}*|åben|åbent|åbne|aaben|aabent|ikke[- ]offentlig\\p{L}*|undtaget)"
                    + "(?!\\p{L})");
    /** A marker at the end of a labelled value: "Sagstype.: Økonomiudvalget M Sagsid.: Dok.nr.: Åben sag". */
    private static final Pattern TRAILING_MARKER = Pattern.compile(
            "(?<!\\p{L})(?:lukket|fortrolig\\p{L}*|åben|åbent)(?!\\p{L})[^:]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACED_LETTERS = Pattern.compile("^(\\p{L} )+\\p{L}(?= |$)");
    private static final Pattern CLAUSE = Pattern.compile("[,(]| jf\\b");
    private static final int LONGEST_MARKER = 100;
    private static final int MARKER_WORDS = 3;

    private AccessMarkers() {
    }

    /** The marker that the whole text is, if it is one. */
    static Optional<Marker> of(String text) {
        String wording = text.strip();
        String normal = normalise(wording);
        if (normal.isEmpty() || normal.length() > LONGEST_MARKER) {
            return Optional.empty();
        }
        if (OPEN.contains(normal)) {
            return Optional.of(new Marker(ItemAccess.OPEN, wording, true));
        }
        if (CLOSED.contains(normal)) {
            return Optional.of(new Marker(ItemAccess.CLOSED, wording, true));
        }
        if (MARKER_WORD.matcher(normal).find() && isShort(normal)) {
            return Optional.of(new Marker(ItemAccess.CLOSED, wording, false));
        }
        return Optional.empty();
    }

    private static boolean isShort(String normal) {
        Matcher clause = CLAUSE.matcher(normal);
        String head = clause.find() ? normal.substring(0, clause.start()) : normal;
        return head.strip().split(" ").length <= MARKER_WORDS;
    }

    /** The marker that ends a labelled value, if any. */
    static Optional<Marker> trailing(String value) {
        Matcher matcher = TRAILING_MARKER.matcher(value);
        return matcher.find() ? of(matcher.group()) : Optional.empty();
    }

    /**
     * Lower case, one plain space between words (no-break and other spaces too), letters spaced out for emphasis
     * joined ("L U K K E T" is "lukket"), without a closing full stop or colon.
     */
    static String normalise(String text) {
        String spaced = text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
        Matcher letters = SPACED_LETTERS.matcher(spaced);
        if (letters.find()) {
            spaced = letters.group().replace(" ", "") + spaced.substring(letters.end());
        }
        return spaced.replaceAll("[.:]+$", "").strip();
    }
}
