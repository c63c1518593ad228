package dk.radhus.portal.meetings;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * meetings-service, always called anonymously: the public pages must show exactly what the public may see, whoever is
 * logged in, so a closed item's content never reaches the portal for them.
 */
@RegisterRestClient(configKey = "meetings")
@Produces(MediaType.APPLICATION_JSON)
public interface MeetingsClient {

    @GET
    @Path("/committees")
    List<Meetings.Committee> committees();

    @GET
    @Path("/committees/{code}")
    Meetings.Committee committee(@PathParam("code") String code);

    @GET
    @Path("/meetings")
    List<Meetings.MeetingSummary> meetings(@QueryParam("committee") String committee, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/meetings/{id}")
    Meetings.Meeting meeting(@PathParam("id") UUID id);

    @GET
    @Path("/search")
    List<Meetings.SearchHit> search(@QueryParam("q") String query, @QueryParam("committee") String committee,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("caseNumber") String caseNumber, @QueryParam("limit") int limit);

    /** An attachment's file, streamed: the response's entity is read as it arrives, never buffered whole. */
    @GET
    @Path("/meetings/{meetingId}/items/{itemId}/attachments/{position}/file")
    @Produces(MediaType.WILDCARD)
    Response attachmentFile(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @PathParam("position") int position);

    @GET
    @Path("/feeds/calendar.ics")
    @Produces("text/calendar")
    String calendar();

    @GET
    @Path("/feeds/calendar/{code}.ics")
    @Produces("text/calendar")
    String committeeCalendar(@PathParam("code") String code);

    @GET
    @Path("/feeds/feed.atom")
    @Produces("application/atom+xml")
    String atom();

    /** The case page; 404 when the caller may see no meeting of the case. */
    @GET
    @Path("/cases")
    Meetings.CasePage casePage(@QueryParam("caseNumber") String caseNumber);

    @GET
    @Path("/feeds/case.atom")
    @Produces("application/atom+xml")
    String caseAtom(@QueryParam("caseNumber") String caseNumber);

    @GET
    @Path("/feeds/feed/{code}.atom")
    @Produces("application/atom+xml")
    String committeeAtom(@PathParam("code") String code);
}
