package dk.radhus.meetings.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.repository.OparlRepository.FileRow;
import dk.radhus.meetings.repository.OparlRepository.ItemRow;
import dk.radhus.meetings.repository.OparlRepository.MeetingRow;
import dk.radhus.meetings.repository.OparlRepository.MembershipRow;
import dk.radhus.meetings.repository.OparlRepository.Tombstone;
import dk.radhus.meetings.service.LegislativeTerm;
import dk.radhus.meetings.service.OparlViews;

/**
 * Maps the service's OParl views to JSON with the URLs of one request's base. Times are Danish local time. With
 * {@code omitInternal} (a list asked for with {@code omit_internal=true}) the lists OParl 1.1 calls internal are left
 * out: a meeting's items, an item's files, a person's memberships and the body's terms.
 */
final class OparlObjects {

    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private final OparlUrls urls;
    private final boolean omitInternal;

    OparlObjects(OparlUrls urls, boolean omitInternal) {
        this.urls = urls;
        this.omitInternal = omitInternal;
    }

    boolean omitsInternal() {
        return omitInternal;
    }

    OparlJson.SystemObject system(String bodyName) {
        return new OparlJson.SystemObject(urls.system(), OparlJson.SCHEMA + "System", "https://schema.oparl.org/1.1/",
                urls.bodies(), "Rådhus – " + bodyName, null);
    }

    OparlJson.Body body(String bodyName, List<LegislativeTerm> terms) {
        return new OparlJson.Body(urls.body(), OparlJson.SCHEMA + "Body", urls.system(), bodyName, "Kommune",
                urls.bodyList("organizations"), urls.bodyList("persons"), urls.bodyList("meetings"),
                urls.bodyList("papers"), omitInternal ? null : terms.stream().map(this::legislativeTerm).toList(),
                urls.bodyList("agenda-items"), urls.bodyList("consultations"),
                urls.bodyList("files"), urls.bodyList("locations"), urls.bodyList("legislative-terms"),
                urls.bodyList("memberships"));
    }

    OparlJson.LegislativeTerm legislativeTerm(LegislativeTerm term) {
        return new OparlJson.LegislativeTerm(urls.legislativeTerm(term.startYear()),
                OparlJson.SCHEMA + "LegislativeTerm", urls.body(), term.name(), date(term.startDate()),
                date(term.endDate()), time(term.began()), time(term.began()));
    }

    OparlJson.Organization organization(OparlViews.Organization organization) {
        var c = organization.committee();
        return new OparlJson.Organization(urls.organization(c.code()), OparlJson.SCHEMA + "Organization", urls.body(),
                c.name(), c.code(), organization.memberships().stream().map(urls::membership).toList(),
                urls.organizationMeetings(c.code()), "Gremium", kindLabel(c.kind()), time(c.created()),
                time(c.modified()));
    }

    OparlJson.Person person(OparlViews.Person person) {
        var p = person.person();
        return new OparlJson.Person(urls.person(p.id()), OparlJson.SCHEMA + "Person", urls.body(), p.name(),
                omitInternal ? null : person.memberships().stream().map(this::membership).toList(), time(p.created()),
                time(p.created()));
    }

    OparlJson.Membership membership(MembershipRow m) {
        return new OparlJson.Membership(urls.membership(m.id()), OparlJson.SCHEMA + "Membership",
                urls.person(m.personId()), urls.organization(m.committeeCode()), roleLabel(m.role()),
                date(m.startDate()), date(m.endDate()), time(m.created()), time(m.created()));
    }

    OparlJson.Meeting meeting(OparlViews.Meeting meeting) {
        MeetingRow m = meeting.meeting();
        return new OparlJson.Meeting(urls.meeting(m.id()), OparlJson.SCHEMA + "Meeting", m.committeeName(),
                stateLabel(m.state()), "CANCELLED".equals(m.state()), time(m.startsAt()), time(m.endsAt()),
                m.location() == null ? null : location(m), List.of(urls.organization(m.committeeCode())),
                meeting.participants().stream().map(urls::person).toList(),
                omitInternal ? null : meeting.items().stream().map(this::agendaItem).toList(), time(m.created()),
                time(m.modified()));
    }

    OparlJson.Location location(MeetingRow m) {
        return new OparlJson.Location(urls.location(m.id()), OparlJson.SCHEMA + "Location", m.location(), m.location(),
                List.of(urls.meeting(m.id())), time(m.created()), time(m.modified()));
    }

    /** An open item in full as the public sees it; a closed one as its number only. */
    OparlJson.AgendaItem agendaItem(OparlViews.Item view) {
        ItemRow i = view.item();
        String type = OparlJson.SCHEMA + "AgendaItem";
        if (!i.open()) {
            return new OparlJson.AgendaItem(urls.agendaItem(i.id()), type, urls.meeting(i.meetingId()),
                    String.valueOf(i.number()), i.number(), null, false, null, null, null, null, time(i.created()),
                    time(i.modified()));
        }
        return new OparlJson.AgendaItem(urls.agendaItem(i.id()), type, urls.meeting(i.meetingId()),
                String.valueOf(i.number()), i.number(), i.title(), true,
                i.caseNumber() == null ? null : urls.consultation(i.id()), result(i),
                i.decisionText(), omitInternal ? null : view.files().stream().map(this::file).toList(),
                time(i.created()),
                time(i.modified()));
    }

    OparlJson.Consultation consultation(ItemRow i) {
        return new OparlJson.Consultation(urls.consultation(i.id()), OparlJson.SCHEMA + "Consultation",
                urls.paper(i.paperId()), urls.agendaItem(i.id()), urls.meeting(i.meetingId()),
                List.of(urls.organization(i.committeeCode())), kindLabel(i.kind()), time(i.created()),
                time(i.modified()));
    }

    OparlJson.Paper paper(OparlViews.Paper paper) {
        var p = paper.paper();
        return new OparlJson.Paper(urls.paper(p.id()), OparlJson.SCHEMA + "Paper", urls.body(), p.name(),
                p.caseNumber(), date(p.date()), kindLabel(p.kind()),
                paper.consultations().stream().map(this::consultation).toList(), time(p.created()),
                time(p.modified()));
    }

    OparlJson.File file(FileRow f) {
        String download = f.stored() ? urls.fileDownload(f.meetingId(), f.itemId(), f.position()) : null;
        return new OparlJson.File(urls.file(f.itemId(), f.position()), OparlJson.SCHEMA + "File", f.title(),
                f.fileName(), f.mediaType(), f.sizeBytes(), f.sha512(),
                download != null ? download : urls.itemView(f.meetingId(), f.itemId()), download,
                List.of(urls.agendaItem(f.itemId())), List.of(urls.meeting(f.meetingId())), time(f.created()),
                time(f.modified()));
    }

    /** A tombstone as the deleted object of {@code type} at {@code id}. */
    OparlJson.Deleted deleted(String id, String type, Tombstone tombstone) {
        return new OparlJson.Deleted(id, OparlJson.SCHEMA + type, time(tombstone.created()),
                time(tombstone.deleted()), true);
    }

    /** The URL of a tombstone's object. */
    String deletedUrl(String type, String key) {
        return switch (type) {
            case "AgendaItem" -> urls.agendaItem(UUID.fromString(key));
            case "Consultation" -> urls.consultation(UUID.fromString(key));
            case "File" -> urls.file(key);
            case "Paper" -> urls.paper(UUID.fromString(key));
            default -> throw new IllegalArgumentException("No tombstones of " + type);
        };
    }

    static String time(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(DANISH));
    }

    static String time(LocalDateTime local) {
        return local == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atZone(DANISH));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String kindLabel(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "DECISION" -> "Beslutningssag";
            case "INFORMATION" -> "Orienteringssag";
            case "ANNOUNCEMENTS" -> "Meddelelser";
            case "CITY_COUNCIL" -> "Byråd";
            case "DIRECTORATE" -> "Direktion";
            default -> "Udvalg";
        };
    }

    private static String roleLabel(String role) {
        return switch (role) {
            case "CHAIR" -> "Formand";
            case "VICE_CHAIR" -> "Næstformand";
            default -> "Medlem";
        };
    }

    private static String stateLabel(String state) {
        return switch (state) {
            case "AGENDA_PUBLISHED" -> "Dagsorden offentliggjort";
            case "HELD" -> "Afholdt";
            case "MINUTES_APPROVED" -> "Referat godkendt";
            case "CANCELLED" -> "Aflyst";
            default -> "Planlagt";
        };
    }

    /** The decision's outcome, with the vote when one was recorded: "Godkendt (A for 15, O imod 10)". */
    private static String result(ItemRow item) {
        String outcome = outcomeLabel(item.decisionOutcome());
        if (item.vote() == null) {
            return outcome;
        }
        return outcome == null ? "Afstemning: " + item.vote() : outcome + " (" + item.vote() + ")";
    }

    private static String outcomeLabel(String outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "APPROVED" -> "Godkendt";
            case "APPROVED_WITH_REMARKS" -> "Godkendt med de faldne bemærkninger";
            case "REJECTED" -> "Afvist";
            case "NOTED" -> "Taget til efterretning";
            default -> "Udsat";
        };
    }
}
