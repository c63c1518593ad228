package dk.radhus.meetings.importing;

import java.util.regex.Pattern;

/**
 * One line of an imported document: the raw text (kept for section bodies), the text without Markdown/HTML emphasis,
 * whether the line was marked up as a heading (leading {@code #} or wholly bold), and whether it stands for a page
 * break of a flattened PDF transcript.
 */
record Line(String raw, String text, boolean marked, boolean indented, boolean pageBreak) {

    private static final Pattern HASHES = Pattern.compile("^#+\\s*");
    private static final Pattern WHOLLY_BOLD = Pattern.compile("^(\\*\\*|__|<b>|<strong>).+(\\*\\*|__|</b>|</strong>)$");
    private static final Pattern EMPHASIS_TAGS = Pattern.compile("</?(b|strong|i|em|u)>");
    private static final Pattern WHOLLY_ITALIC = Pattern.compile("^\\*([^*].*[^*])\\*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[-\\t |:]+$");

    static Line of(String raw) {
        if (raw.equals(PageLayout.PAGE_BREAK)) {
            return new Line("", "", false, false, true);
        }
        String withoutNbsp = raw.replace('\u00a0', ' ').stripTrailing();
        boolean indented = withoutNbsp.startsWith("\t") || withoutNbsp.startsWith("  ");
        String trimmed = withoutNbsp.strip();
        boolean hashed = trimmed.startsWith("#");
        String unhashed = HASHES.matcher(trimmed).replaceFirst("");
        boolean bold = WHOLLY_BOLD.matcher(unhashed).matches();
        String text = EMPHASIS_TAGS.matcher(unhashed).replaceAll("").replace("**", "").replace("__", "");
        text = WHOLLY_ITALIC.matcher(text.strip()).replaceFirst("$1").strip();
        return new Line(withoutNbsp, text, hashed || bold, indented, false);
    }

    boolean blank() {
        return text.isBlank();
    }

    /** A Markdown table separator such as {@code ---	-----}: layout, not content. */
    boolean tableRule() {
        return !raw.isBlank() && TABLE_RULE.matcher(raw.strip()).matches() && raw.contains("-");
    }

    /** The text without a trailing colon, as a heading reads. */
    String headingText() {
        String heading = text.strip();
        while (heading.endsWith(":")) {
            heading = heading.substring(0, heading.length() - 1).strip();
        }
        return heading;
    }
}
