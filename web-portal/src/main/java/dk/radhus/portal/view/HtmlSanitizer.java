package dk.radhus.portal.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import io.quarkus.qute.RawString;

/**
 * The only way HTML from a service reaches a page unescaped: through an allow-list (jsoup's {@link Safelist}). Every
 * tag and attribute not listed is removed, text is re-escaped, so a {@code <script>}, an event handler or a
 * {@code javascript:} link never survives.
 */
public final class HtmlSanitizer {

    /** budget-service's committee table fragment: a plain table with a caption, row classes and bold totals. */
    private static final Safelist TABLE = Safelist.none()
            .addTags("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "b")
            .addAttributes("table", "class")
            .addAttributes("tr", "class");

    /** meetings-service's search highlights: text with {@code <mark>} around the matched words, nothing else. */
    private static final Safelist HIGHLIGHT = Safelist.none().addTags("mark");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    public static RawString table(String html) {
        return clean(html, TABLE);
    }

    public static RawString highlight(String html) {
        return clean(html, HIGHLIGHT);
    }

    private static RawString clean(String html, Safelist safelist) {
        if (html == null || html.isBlank()) {
            return new RawString("");
        }
        return new RawString(Jsoup.clean(html, "", safelist, OUTPUT));
    }
}
