package dk.radhus.portal.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * meetings-service writes its Atom feed with links to its own (internal) API. The portal is what people reach, so
 * before the feed is passed on its self link points at the portal's feed and each entry at the portal's page of the
 * meeting.
 */
public final class AtomLinks {

    private static final Pattern MEETING = Pattern.compile(".*/meetings/([0-9a-fA-F-]{36})$");

    private AtomLinks() {
    }

    /** {@code portalBase} ends without a slash, e.g. {@code https://dagsordener.kommune.dk}. */
    public static String rewrite(String atom, String portalBase, String feedPath) {
        Document feed = Jsoup.parse(atom, "", Parser.xmlParser());
        feed.outputSettings().prettyPrint(false).charset("UTF-8");
        for (Element link : feed.select("link")) {
            Matcher meeting = MEETING.matcher(link.attr("href"));
            if ("self".equals(link.attr("rel"))) {
                link.attr("href", portalBase + feedPath);
            } else if (meeting.matches()) {
                link.attr("href", portalBase + "/moeder/" + meeting.group(1));
            }
        }
        return feed.outerHtml();
    }
}
