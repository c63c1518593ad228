package dk.radhus.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.radhus.portal.meetings.MeetingsClient;
import dk.radhus.portal.view.AtomLinks;

/**
 * The iCalendar and Atom feeds of published meetings, of all committees and of one, passed on from meetings-service
 * (which stays internal); the Atom feeds' links are pointed at the portal's own pages.
 */
@Path("/feeds")
public class Feeds {

    static final String ATOM_PATH = "/feeds/dagsordener.atom";

    private final MeetingsClient meetings;

    public Feeds(@RestClient MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @GET
    @Path("kalender.ics")
    @Produces("text/calendar;charset=UTF-8")
    public String calendar() {
        return meetings.calendar();
    }

    @GET
    @Path("kalender/{code}.ics")
    @Produces("text/calendar;charset=UTF-8")
    public String committeeCalendar(@PathParam("code") String code) {
        return meetings.committeeCalendar(code);
    }

    @GET
    @Path("dagsordener.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    public String atom(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return AtomLinks.rewrite(meetings.atom(), base, ATOM_PATH);
    }

    /** One committee's published agendas and minutes. */
    @GET
    @Path("udvalg/{code}.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    public String committeeAtom(@PathParam("code") String code, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return AtomLinks.rewrite(meetings.committeeAtom(code), base, committeeAtomPath(code));
    }

    /** The meetings where one case number was on the agenda. */
    @GET
    @Path("sag.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    public String caseAtom(@QueryParam("nr") String caseNumber, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return AtomLinks.rewrite(meetings.caseAtom(caseNumber), base,
                "/feeds/sag.atom?nr=" + URLEncoder.encode(caseNumber == null ? "" : caseNumber, StandardCharsets.UTF_8));
    }

    static String committeeAtomPath(String code) {
        return "/feeds/udvalg/" + code + ".atom";
    }
}
