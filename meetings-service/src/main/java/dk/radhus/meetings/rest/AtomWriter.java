package dk.radhus.meetings.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.service.FeedService.PublicMeeting;
import dk.radhus.platform.events.PublicAgendaItem;

/** Renders newly published agendas and approved minutes as an Atom (RFC 4287) feed. */
final class AtomWriter {

    private AtomWriter() {
    }

    /** The feed of all committees. */
    static String write(String baseUri, List<PublicMeeting> meetings) {
        return write(baseUri, "Dagsordener og referater", "urn:radhus:meetings:feed", "feeds/feed.atom", meetings);
    }

    /**
     * A feed with its own title, id and self link ({@code selfPath} relative to {@code baseUri}, already URL-encoded).
     */
    static String write(String baseUri, String title, String id, String selfPath, List<PublicMeeting> meetings) {
        Instant updated = meetings.stream().map(AtomWriter::published).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(id)).append("</id>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(baseUri + selfPath)).append("\"/>\n");
        for (PublicMeeting meeting : meetings) {
            entry(xml, baseUri, meeting);
        }
        return xml.append("</feed>\n").toString();
    }

    private static void entry(StringBuilder xml, String baseUri, PublicMeeting published) {
        boolean minutes = published.meeting().state == MeetingState.MINUTES_APPROVED;
        String title = (minutes ? "Referat: " : "Dagsorden: ") + published.committeeName() + " "
                + published.meeting().startsAt.toLocalDate();
        xml.append("  <entry>\n")
                .append("    <title>").append(escape(title)).append("</title>\n")
                .append("    <id>urn:radhus:meeting:").append(published.meeting().id).append(minutes ? ":minutes" : ":agenda")
                .append("</id>\n")
                .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(published(published)))
                .append("</updated>\n")
                .append("    <link href=\"").append(escape(baseUri)).append("meetings/").append(published.meeting().id)
                .append("\"/>\n")
                .append("    <content type=\"text\">").append(escape(content(published.items()))).append("</content>\n")
                .append("  </entry>\n");
    }

    private static String content(List<PublicAgendaItem> items) {
        StringBuilder text = new StringBuilder();
        for (PublicAgendaItem item : items) {
            text.append(item.number()).append(". ").append(item.title());
            if (item.decisionText() != null) {
                text.append(" — Beslutning: ").append(item.decisionText());
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private static Instant published(PublicMeeting meeting) {
        return meeting.meeting().minutesApprovedAt != null ? meeting.meeting().minutesApprovedAt
                : meeting.meeting().publishedAt;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
