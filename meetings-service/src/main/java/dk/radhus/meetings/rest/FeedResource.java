package dk.radhus.meetings.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.service.FeedService;

/** Public feeds: iCalendar per committee and for all, and an Atom feed of newly published agendas and minutes. */
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
}
