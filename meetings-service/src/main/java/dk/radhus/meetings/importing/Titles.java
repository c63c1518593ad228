package dk.radhus.meetings.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** An item title as documents print it, cleaned of routing and markers: "I - Halvårsregnskab 2013 - ØU". */
final class Titles {

    private static final Pattern TRAILING_COMMITTEES = Pattern.compile("(\\s*-\\s*[A-ZÆØÅ]{2,4})+$");
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("\\s+[A-ZÆØÅ]{2,4}$");
    private static final Pattern TRAILING_BODY = Pattern.compile(
            "\\s+-\\s+\\p{Lu}[\\p{L}-]*(?:rådet|udvalget|bestyrelsen|repræsentationen)$");
    private static final Pattern KIND_PREFIX = Pattern.compile("^[AIM] ?- +");
    private static final Pattern CLOSED = Pattern.compile(
            "(?i)^lukket (?:sag|punkt)\\s*:\\s*|\\s*-\\s*lukket (?:sag|punkt)$|\\s*\\(lukket\\)$");
    /** Words that open a sentence of the case text, not a title's next word, when a flattened page runs them on. */
    private static final Set<String> SENTENCE_STARTS = Set.of("På", "I", "Det", "Der", "Den", "De", "Som", "Med",
            "Efter", "Ved", "Af", "Under", "For", "Til", "Hvis", "Da", "Når", "Sagen", "Administrationen",
            "Forvaltningen", "Kommunen", "Byrådet", "Udvalget", "Status", "Formålet", "Baggrunden", "Vi", "Et", "En");
    private static final int RUN_ON = 150;

    private Titles() {
    }

    /** Without a kind-letter prefix, trailing committee abbreviations or body, and a closed marker. */
    static String clean(String title, boolean hadKindLetter) {
        String clean = KIND_PREFIX.matcher(title.strip()).replaceFirst("");
        boolean routed = hadKindLetter || !clean.equals(title.strip());
        clean = CLOSED.matcher(clean).replaceAll("").strip();
        clean = TRAILING_COMMITTEES.matcher(clean).replaceFirst("").strip();
        clean = TRAILING_BODY.matcher(clean).replaceFirst("").strip();
        if (routed) {
            clean = TRAILING_ABBREVIATION.matcher(clean).replaceFirst("").strip();
        }
        return clean;
    }

    static boolean closed(String title) {
        return CLOSED.matcher(title.strip()).find() || title.strip().toLowerCase(Locale.ROOT).matches("lukket( punkt| sag)?");
    }

    /**
     * A heading that a flattened page ran on into the case text ("Økonomisk orientering maj 2007 Økonomisk
     * Orientering illustrerer …") ends before the first word that repeats its first word or opens a sentence.
     */
    static String withoutRunOn(String text) {
        if (text.length() <= RUN_ON) {
            return text;
        }
        String[] words = text.split(" ");
        int length = words[0].length();
        for (int w = 1; w < words.length; w++) {
            boolean afterLowerOrNumber = !words[w - 1].isEmpty()
                    && !Character.isUpperCase(words[w - 1].charAt(0)) || words[w - 1].matches("\\d.*");
            if (w >= 2 && afterLowerOrNumber && (words[w].equals(words[0]) || SENTENCE_STARTS.contains(words[w]))) {
                return text.substring(0, length).strip();
            }
            length += 1 + words[w].length();
        }
        return text;
    }

    /** The rest of a run-on heading: the text after the title. */
    static String runOn(String text, String title) {
        return text.length() > title.length() && text.startsWith(title) ? text.substring(title.length()).strip() : "";
    }
}
