package dk.radhus.meetings.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.events.PublicProjection;
import dk.radhus.platform.events.PublicAgendaItem;
import dk.radhus.platform.problem.ProblemException;

/** The public projection of published meetings, for the calendar and news feeds. Never closed content, never drafts. */
@ApplicationScoped
public class FeedService {

    private static final int FEED_SIZE = 50;

    /** A published meeting as the feeds show it. */
    public record PublicMeeting(Meeting meeting, String committeeName, List<PublicAgendaItem> items) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicMeeting> calendar(String committeeCode) {
        if (committeeCode != null && Committee.findByIdOptional(committeeCode).isEmpty()) {
            throw ProblemException.notFound("Udvalget " + committeeCode + " findes ikke.");
        }
        return project(Meeting.listFiltered(committeeCode, null, null, true));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicMeeting> recentlyPublished() {
        return project(Meeting.listRecentlyPublished(FEED_SIZE));
    }

    /** One committee's newest published agendas and minutes; 404 for an unknown committee. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicMeeting> recentlyPublished(String committeeCode) {
        if (Committee.findByIdOptional(committeeCode).isEmpty()) {
            throw ProblemException.notFound("Udvalget " + committeeCode + " findes ikke.");
        }
        return project(Meeting.listRecentlyPublished(committeeCode, FEED_SIZE));
    }

    /**
     * The newest published agendas and minutes that treat the case number in an open item, each with only those items.
     * A case number nobody knows and one only closed items carry give the same empty feed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicMeeting> recentlyPublishedForCase(String caseNumber) {
        return project(Meeting.listRecentlyPublishedWithCase(caseNumber, FEED_SIZE)).stream()
                .map(m -> new PublicMeeting(m.meeting(), m.committeeName(), m.items().stream()
                        .filter(item -> caseNumber.equals(item.caseNumber())).toList()))
                .toList();
    }

    private static List<PublicMeeting> project(List<Meeting> meetings) {
        Map<String, String> names = Committee.<Committee>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, c -> c.name));
        return meetings.stream().map(m -> new PublicMeeting(m, names.getOrDefault(m.committeeCode, m.committeeCode),
                PublicProjection.of(AgendaItem.listForMeeting(m.id), m.state == MeetingState.MINUTES_APPROVED)))
                .collect(Collectors.toList());
    }
}
