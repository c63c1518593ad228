package dk.radhus.meetings.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page as lines: one per block (paragraph, list item, table row with its cells separated by tabs), headings
 * as "## …", a block that is wholly bold as "**…**". Scripts, styles, navigation and forms are no part of an agenda.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "pre", "dt", "dd", "blockquote",
            "section", "article", "header", "footer", "main", "ul", "ol", "table", "tbody", "thead", "h1", "h2", "h3",
            "h4", "h5", "h6", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private HtmlText() {
    }

    static String of(byte[] content) {
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            throw new UnreadableDocument("HTML-dokumentet kan ikke læses", false);
        }
        document.select("script, style, noscript, nav, form, template, iframe, svg").remove();
        StringBuilder text = new StringBuilder();
        block(document.body(), text);
        return text.toString();
    }

    /** Writes the element's own inline text as lines and its child blocks after it, in document order. */
    private static void block(Element element, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element inner && BLOCKS.contains(inner.normalName())) {
                flush(element, line, out);
                block(inner, out);
            } else if (child instanceof Element inner && inner.normalName().equals("br")) {
                flush(element, line, out);
            } else if (child instanceof Element inner && (inner.normalName().equals("td")
                    || inner.normalName().equals("th"))) {
                line.append(line.isEmpty() ? "" : "\t").append(inner.text());
            } else if (child instanceof Element inner) {
                line.append(inline(inner));
            } else if (child instanceof TextNode textNode) {
                line.append(textNode.text());
            }
        }
        flush(element, line, out);
    }

    private static String inline(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element inner) {
                text.append(inner.normalName().equals("br") ? " " : inline(inner));
            }
        }
        return text.toString();
    }

    private static void flush(Element block, StringBuilder line, StringBuilder out) {
        String text = line.toString().replace('\u00a0', ' ').strip();
        line.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (HEADINGS.contains(block.normalName())) {
            out.append("## ").append(text);
        } else if (whollyBold(block, text)) {
            out.append("**").append(text).append("**");
        } else {
            out.append(text);
        }
        out.append("\n\n");
    }

    private static boolean whollyBold(Element block, String text) {
        List<Element> bold = block.children().stream()
                .filter(child -> Set.of("b", "strong").contains(child.normalName())).toList();
        String boldText = String.join(" ", bold.stream().map(Element::text).toList()).replaceAll("\\s+", " ").strip();
        return !bold.isEmpty() && !block.normalName().equals("tr")
                && boldText.equals(text.replaceAll("\\s+", " "));
    }
}
