package dk.radhus.meetings.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.service.FeedService.PublicMeeting;
import dk.radhus.platform.events.PublicAgendaItem;

/** Renders published meetings as an iCalendar (RFC 5545) feed in Danish local time. */
final class ICalendarWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final long DEFAULT_HOURS = 2;

    private ICalendarWriter() {
    }

    static String write(String calendarName, List<PublicMeeting> meetings) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Rådhus//meetings-service//DA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(calendarName));
        line(ics, "X-WR-TIMEZONE:Europe/Copenhagen");
        for (PublicMeeting published : meetings) {
            event(ics, published);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void event(StringBuilder ics, PublicMeeting published) {
        LocalDateTime start = published.meeting().startsAt;
        LocalDateTime end = published.meeting().endsAt == null ? start.plusHours(DEFAULT_HOURS) : published.meeting().endsAt;
        Instant stamp = published.meeting().updatedAt;
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + published.meeting().id + "@radhus");
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART;TZID=Europe/Copenhagen:" + LOCAL.format(start));
        line(ics, "DTEND;TZID=Europe/Copenhagen:" + LOCAL.format(end));
        line(ics, "SUMMARY:" + escape("Møde i " + published.committeeName()));
        if (published.meeting().location != null) {
            line(ics, "LOCATION:" + escape(published.meeting().location));
        }
        line(ics, "DESCRIPTION:" + escape(agenda(published.items())));
        line(ics, "STATUS:" + (published.meeting().state == MeetingState.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
    }

    private static String agenda(List<PublicAgendaItem> items) {
        StringBuilder text = new StringBuilder("Dagsorden:");
        for (PublicAgendaItem item : items) {
            text.append('\n').append(item.number()).append(". ").append(item.title());
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets, as RFC 5545 requires. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(folded).append("\r\n");
    }
}
