package dk.radhus.meetings.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.VoteChoice;
import dk.radhus.meetings.VoteNoteKind;

/**
 * Reads the vote from the text of a decision, where minutes state it: "Enstemmigt godkendt", "Godkendt med 15 stemmer
 * (A, V, F) mod 10 (O, C)", "Forslaget blev forkastet med 15 stemmer mod 10", "For stemte 7 (A). Imod stemte 2 (O).
 * Undlod at stemme: 1 (F)", "For stemte: Hugo Hammel, Ida Holm"; and the notes: mindretalsudtalelse,
 * protokoltilførsel, inhabilitet and a member who left the meeting.
 *
 * <p>It reads only what the text says: a count is taken from a number, or from members named one by one (one vote
 * each); parties named without a number give no count, and a choice nobody made ("mod 0") no line. When the text speaks of a vote it cannot read to the end, or
 * says two things that do not agree, the result has no vote and a warning: never a wrong vote.
 */
public final class VoteStatements {

    /** How a group of voters voted: a party letter, a member, or several as the minutes name them ("A, V, F"). */
    public record Count(String voters, VoteChoice choice, int votes) {
    }

    /** A note on the vote and whom it concerns. */
    public record Remark(VoteNoteKind kind, String name, String text) {
    }

    /** A vote as read: unanimous (no counts) or counted. */
    public record Vote(boolean unanimous, List<Count> counts) {
    }

    /** What was read: the vote (null if none or unreadable), the notes, and why a vote was not read. */
    public record Reading(Vote vote, List<Remark> remarks, List<String> warnings) {
    }

    /** The voters of a count the minutes give without saying whose votes they were. */
    public static final String UNNAMED = "Ikke oplyst";

    private static final String GROUP = "\\(([^()]{1,120})\\)";
    private static final String NAME = "((?:[A-ZÆØÅ][\\p{L}\\-]+ ){1,4}[A-ZÆØÅ][\\p{L}\\-]+(?: \\((?:Liste )?[A-ZÆØÅ]\\))?)";
    private static final Pattern UNANIMOUS = Pattern.compile(
            "\\benstemmig(?:t|e)?\\b|\\bet enigt (?:udvalg|byråd|kommunalbestyrelse|økonomiudvalg)\\b"
                    + "|\\bet samlet (?:udvalg|byråd|kommunalbestyrelse|økonomiudvalg)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "… med 15 stemmer (A, V, F) mod 10 (O, C)[, og 2 undlod at stemme (Ø)]". */
    private static final Pattern FOR_AGAINST = Pattern.compile(
            "([^.]*?)\\bmed (\\d{1,3}) stemmer(?: for)?\\s*(?:" + GROUP + ")?\\s*mod (\\d{1,3})(?: stemmer)?\\s*(?:"
                    + GROUP + ")?(?:\\s*[,;]?\\s*(?:og|idet|mens)?\\s*(\\d{1,3}) (?:undlod at stemme|stemte hverken "
                    + "for eller imod|stemte blankt)\\s*(?:" + GROUP + ")?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "For stemte 7 (A)", "Imod stemte: O og C", "Undlod at stemme: 1 (F)". */
    private static final Pattern LINE = Pattern.compile(
            "\\b(for stemte|imod stemte|undlod at stemme)\\s*:?\\s*(\\d{1,3})?\\s*(?:" + GROUP
                    + "|([^.;()\\n]+)(?:\\((\\d{1,3})\\))?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "7 stemte for (A)", "2 stemte imod", "1 undlod at stemme (F)". */
    private static final Pattern COUNTED_LINE = Pattern.compile(
            "\\b(\\d{1,3}) (stemte for|stemte imod|undlod at stemme)\\s*(?:" + GROUP + ")?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "forkast|afvis|afvist|nedstem|faldt|ikke godkend|ikke vedtag|ikke anbefal",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSITIVE = Pattern.compile(
            "godkend|vedtag|anbefal|tiltr|bevilg|besluttet|imødekom",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPEAKS_OF_A_VOTE = Pattern.compile(
            "\\bstemme|\\bstemte|\\bafstemning|\\bflertal|\\bmindretal(?!sudtalelse)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(mindretalsudtalelse|protokoltilførsel)(?: fra ([^:\\n]{1,80}))?\\s*:\\s*([^\\n]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WANTS_NOTED = Pattern.compile(
            NAME + " (?:ønskede|ønsker) (?:følgende )?(?:tilført|ført) (?:til )?protokollen\\s*:?\\s*([^\\n]+)",
            Pattern.UNICODE_CASE);
    private static final Pattern CONFLICT = Pattern.compile(
            NAME + " (?:(?:erklærede sig|var|blev erklæret|blev fundet) inhabil|deltog ikke i (?:behandlingen|sagens "
                    + "behandling)[^.\\n]*inhabil)",
            Pattern.UNICODE_CASE);
    /** "… forlod mødet kl. 17.00 under punkt 8": a full stop before a digit does not end the sentence. */
    private static final Pattern LEFT = Pattern.compile(NAME + " forlod mødet((?:[^.\\n]|\\.(?= ?\\d))*)",
            Pattern.UNICODE_CASE);
    private static final Pattern PARTY = Pattern.compile("(?:Liste )?([A-ZÆØÅ])");

    private VoteStatements() {
    }

    /** Reads the decision's text; an empty text reads as nothing. */
    public static Reading read(String decision) {
        if (decision == null || decision.isBlank()) {
            return new Reading(null, List.of(), List.of());
        }
        String text = decision.replaceAll("[ \\t\\u00a0]+", " ");
        List<Remark> remarks = remarks(text);
        String voteText = withoutStatements(text);
        List<String> warnings = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        boolean unreadable = !counted(voteText, counts);
        boolean unanimous = UNANIMOUS.matcher(voteText).find();
        Vote vote = null;
        if (unreadable) {
            warnings.add(warning(voteText));
        } else if (unanimous && !counts.isEmpty()) {
            warnings.add("Afstemningen er både enstemmig og med stemmetal; den er ikke registreret.");
        } else if (unanimous) {
            vote = new Vote(true, List.of());
        } else if (!counts.isEmpty()) {
            vote = new Vote(false, counts.stream().filter(count -> count.votes() > 0).toList());
        } else if (SPEAKS_OF_A_VOTE.matcher(voteText).find()) {
            warnings.add(warning(voteText));
        }
        return new Reading(vote, remarks, warnings);
    }

    /**
     * Adds the counts the text states; false if it states a count it cannot read to the end (parties without a number,
     * an outcome that is neither approval nor rejection).
     */
    private static boolean counted(String text, List<Count> counts) {
        Matcher forAgainst = FOR_AGAINST.matcher(text);
        if (forAgainst.find()) {
            String before = forAgainst.group(1);
            boolean rejected = NEGATIVE.matcher(before).find();
            if (!rejected && !POSITIVE.matcher(before).find()) {
                return false;
            }
            int first = Integer.parseInt(forAgainst.group(2));
            int second = Integer.parseInt(forAgainst.group(4));
            counts.add(new Count(voters(forAgainst.group(3)), rejected ? VoteChoice.AGAINST : VoteChoice.FOR, first));
            counts.add(new Count(voters(forAgainst.group(5)), rejected ? VoteChoice.FOR : VoteChoice.AGAINST,
                    second));
            if (forAgainst.group(6) != null) {
                counts.add(new Count(voters(forAgainst.group(7)), VoteChoice.ABSTAIN,
                        Integer.parseInt(forAgainst.group(6))));
            }
            return true;
        }
        List<int[]> countedSpans = new ArrayList<>();
        Matcher counted = COUNTED_LINE.matcher(text);
        while (counted.find()) {
            counts.add(new Count(voters(counted.group(3)), choice(counted.group(2)),
                    Integer.parseInt(counted.group(1))));
            countedSpans.add(new int[] { counted.start(), counted.end() });
        }
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            int start = line.start();
            if (countedSpans.stream().anyMatch(span -> start >= span[0] && start < span[1])) {
                continue;
            }
            VoteChoice choice = choice(line.group(1));
            String named = line.group(3) != null ? line.group(3) : line.group(4);
            String number = line.group(2) != null ? line.group(2) : line.group(5);
            if (number != null) {
                counts.add(new Count(voters(named), choice, Integer.parseInt(number)));
                continue;
            }
            List<String> members = members(named);
            if (members.isEmpty()) {
                counts.clear();
                return false;
            }
            members.forEach(member -> counts.add(new Count(member, choice, 1)));
        }
        return true;
    }

    /** Members named one by one ("Hugo Hammel, Ida Holm og Jens Jensen"); empty if any is not a member's name. */
    private static List<String> members(String named) {
        if (named == null) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        for (String part : named.strip().split("\\s*,\\s*|\\s+og\\s+")) {
            if (!part.matches(NAME)) {
                return List.of();
            }
            members.add(part);
        }
        return members;
    }

    /**
     * The voters as the minutes name them, parties as their letters: "A, V og F" is "A, V, F"; none named is
     * {@link #UNNAMED}.
     */
    private static String voters(String named) {
        if (named == null || named.isBlank()) {
            return UNNAMED;
        }
        List<String> parts = new ArrayList<>();
        for (String part : named.strip().split("\\s*,\\s*|\\s+og\\s+|\\s*\\+\\s*")) {
            Matcher party = PARTY.matcher(part);
            parts.add(party.matches() ? party.group(1) : part);
        }
        return String.join(", ", parts);
    }

    private static VoteChoice choice(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.contains("undlod")) {
            return VoteChoice.ABSTAIN;
        }
        return lower.contains("imod") ? VoteChoice.AGAINST : VoteChoice.FOR;
    }

    private static List<Remark> remarks(String text) {
        List<Remark> remarks = new ArrayList<>();
        Matcher statement = STATEMENT.matcher(text);
        while (statement.find()) {
            VoteNoteKind kind = statement.group(1).toLowerCase(Locale.ROOT).startsWith("mindretal")
                    ? VoteNoteKind.MINORITY_STATEMENT : VoteNoteKind.NOTE_TO_MINUTES;
            String name = statement.group(2) == null ? "" : statement.group(2).strip();
            remarks.add(new Remark(kind, name, statement.group(3).strip()));
        }
        Matcher noted = WANTS_NOTED.matcher(text);
        while (noted.find()) {
            remarks.add(new Remark(VoteNoteKind.NOTE_TO_MINUTES, noted.group(1), noted.group(2).strip()));
        }
        Matcher conflict = CONFLICT.matcher(text);
        while (conflict.find()) {
            remarks.add(new Remark(VoteNoteKind.CONFLICT_OF_INTEREST, conflict.group(1), null));
        }
        Matcher left = LEFT.matcher(text);
        while (left.find()) {
            String when = left.group(2).strip();
            remarks.add(new Remark(VoteNoteKind.LEFT_MEETING, left.group(1), when.isEmpty() ? null : when));
        }
        return remarks;
    }

    /** The text without its statements, whose words ("stemte imod, fordi …") are not the vote's. */
    private static String withoutStatements(String text) {
        return WANTS_NOTED.matcher(STATEMENT.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    private static String warning(String text) {
        String quoted = text.strip().replaceAll("\\s+", " ");
        return "Afstemningen kunne ikke læses og er ikke registreret: \""
                + (quoted.length() > 120 ? quoted.substring(0, 117) + "…" : quoted) + "\"";
    }
}
