package dk.radhus.meetings.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.service.FeedService;
import dk.radhus.platform.problem.ProblemException;

/**
 * Public feeds: iCalendar per committee and for all, and Atom feeds of newly published agendas and minutes — of all
 * committees, of one committee, and of one case number.
 */
@Path("/feeds")
@Tag(name = "Feeds", description = "Kalender- og nyhedsfeeds (kun offentliggjorte møder)")
public class FeedResource {

    static final String CALENDAR = "text/calendar;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("calendar.ics")
    @Produces(CALENDAR)
    @Operation(summary = "iCalendar feed of every committee's published meetings")
    public String calendar() {
        return ICalendarWriter.write("Alle udvalg", feeds.calendar(null));
    }

    @GET
    @Path("calendar/{code}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "iCalendar feed of one committee's published meetings")
    @APIResponse(responseCode = "404", description = "No such committee")
    public String committeeCalendar(@PathParam("code") String code) {
        return ICalendarWriter.write(code, feeds.calendar(code));
    }

    @GET
    @Path("feed.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest published agendas and approved minutes")
    public String atom(@Context UriInfo uri) {
        return AtomWriter.write(uri.getBaseUri().toString(), feeds.recentlyPublished());
    }

    @GET
    @Path("feed/{code}.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of one committee's newest published agendas and approved minutes")
    @APIResponse(responseCode = "404", description = "No such committee")
    public String committeeAtom(@PathParam("code") String code, @Context UriInfo uri) {
        return AtomWriter.write(uri.getBaseUri().toString(), "Dagsordener og referater: " + code,
                "urn:radhus:meetings:feed:" + code, "feeds/feed/" + segment(code) + ".atom",
                feeds.recentlyPublished(code));
    }

    @GET
    @Path("case.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of the newest published agendas and minutes that treat a case number")
    @APIResponse(responseCode = "400", description = "No case number")
    public String caseAtom(@Parameter(description = "Sagsnr., e.g. 12/26442", required = true)
            @QueryParam("caseNumber") String caseNumber, @Context UriInfo uri) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw ProblemException.invalidField("caseNumber", "skal udfyldes");
        }
        String wanted = caseNumber.strip();
        return AtomWriter.write(uri.getBaseUri().toString(), "Sag " + wanted, "urn:radhus:meetings:case:" + wanted,
                "feeds/case.atom?caseNumber=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8),
                feeds.recentlyPublishedForCase(wanted));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
