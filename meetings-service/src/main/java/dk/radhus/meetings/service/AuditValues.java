package dk.radhus.meetings.service;

import java.util.List;
import java.util.Map;

import dk.radhus.meetings.AgendaDraft;
import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attendance;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.Membership;
import dk.radhus.meetings.Person;
import dk.radhus.platform.audit.Audit;

/** The fields of each audited object that its audit entries record before and after a change. */
final class AuditValues {

    private AuditValues() {
    }

    static Map<String, Object> committee(Committee c) {
        return Audit.values("code", c.code, "name", c.name, "kind", c.kind, "active", c.active);
    }

    static Map<String, Object> meeting(Meeting m) {
        return Audit.values("committeeCode", m.committeeCode, "startsAt", m.startsAt, "endsAt", m.endsAt,
                "location", m.location, "state", m.state);
    }

    static Map<String, Object> attendance(List<Attendance> attendance) {
        return Audit.values("attendance", attendance.stream().map(a -> Audit.values("name", a.name,
                "personId", a.personId, "status", a.status, "note", a.note)).toList());
    }

    /** An item's heading fields and decision; sections, attachments and references by count. */
    static Map<String, Object> item(AgendaItem i) {
        return Audit.values("meetingId", i.meetingId, "number", i.number, "title", i.title,
                "caseNumber", i.caseNumber, "documentNumber", i.documentNumber, "kind", i.kind, "access", i.access,
                "sections", i.sections.size(), "attachments", i.attachments.size(),
                "references", i.references.size(), "decisionOutcome", i.decisionOutcome,
                "decisionDate", i.decisionDate, "decisionText", i.decisionText);
    }

    static Map<String, Object> draft(AgendaDraft d) {
        return Audit.values("source", d.sourceKind + " " + d.sourceId, "committeeCode", d.committeeCode,
                "title", d.title, "meetingId", d.meetingId, "itemId", d.itemId);
    }

    static Map<String, Object> person(Person p) {
        return Audit.values("name", p.name, "partyLetter", p.partyLetter);
    }

    static Map<String, Object> membership(Membership m, Person p) {
        return Audit.values("committeeCode", m.committeeCode, "personId", m.personId, "person", p.name,
                "role", m.role, "startDate", m.startDate, "endDate", m.endDate);
    }
}
