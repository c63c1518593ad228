package dk.radhus.meetings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The only markup an agenda item's HTML section may hold: tables and paragraphs of text. Everything else (scripts,
 * event-handler attributes, links, images, styles) is removed on the way in, whoever sends it.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "b", "strong", "i", "em", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("table", "class")
            .addAttributes("tr", "class")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan");

    private SafeHtml() {
    }

    public static String sanitize(String html) {
        return Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false)).strip();
    }

    /** The text of an HTML fragment, for search. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    /** {@code text} as an escaped paragraph. */
    public static String paragraph(String text) {
        return new Element("p").text(text).outerHtml();
    }
}
