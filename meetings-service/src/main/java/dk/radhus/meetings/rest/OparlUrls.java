package dk.radhus.meetings.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The URLs of the OParl objects below one base ({@code …/oparl/v1.1}). */
final class OparlUrls {

    private final String base;

    OparlUrls(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String system() {
        return base;
    }

    String bodies() {
        return base + "/bodies";
    }

    String body() {
        return base + "/body";
    }

    /** A list of the body: {@code organizations}, {@code meetings} … */
    String bodyList(String name) {
        return base + "/body/" + name;
    }

    String organization(String code) {
        return base + "/organization/" + segment(code);
    }

    String organizationMeetings(String code) {
        return organization(code) + "/meetings";
    }

    /** A council term, by the year it began. */
    String legislativeTerm(int startYear) {
        return base + "/legislative-term/" + startYear;
    }

    String person(UUID id) {
        return base + "/person/" + id;
    }

    String membership(UUID id) {
        return base + "/membership/" + id;
    }

    String meeting(UUID id) {
        return base + "/meeting/" + id;
    }

    String agendaItem(UUID id) {
        return base + "/agenda-item/" + id;
    }

    String consultation(UUID itemId) {
        return base + "/consultation/" + itemId;
    }

    String location(UUID meetingId) {
        return base + "/location/" + meetingId;
    }

    String paper(UUID id) {
        return base + "/paper/" + id;
    }

    String file(UUID itemId, int position) {
        return base + "/file/" + itemId + "/" + position;
    }

    /** The file's key in the tombstones: {@code <item id>/<position>}. */
    String file(String key) {
        return base + "/file/" + key;
    }

    /** The public item view that lists the attachment: the access URL of an attachment without a stored file. */
    String itemView(UUID meetingId, UUID itemId) {
        return service() + "/meetings/" + meetingId + "/items/" + itemId;
    }

    /** The download of an attachment's stored file. */
    String fileDownload(UUID meetingId, UUID itemId, int position) {
        return itemView(meetingId, itemId) + "/attachments/" + position + "/file";
    }

    private String service() {
        return base.substring(0, base.length() - "/oparl/v1.1".length());
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
