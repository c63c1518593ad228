package dk.radhus.portal.web;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.radhus.portal.meetings.MeetingsClient;

/**
 * An attachment's file, passed on from meetings-service as it arrives (like the feeds: the service stays internal),
 * with the service's headers that describe it. The portal asks anonymously, so it gets a file only where the public
 * may have it; any other is the portal's "Siden findes ikke".
 */
@Path("/moeder/{id}/punkter/{itemId}/bilag/{position}")
public class AttachmentDownloads {

    private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_LENGTH, "Content-Disposition",
            HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, "X-Content-Type-Options");

    private final MeetingsClient meetings;

    public AttachmentDownloads(@RestClient MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") UUID meetingId, @PathParam("itemId") UUID itemId,
            @PathParam("position") int position) {
        Response file = meetings.attachmentFile(meetingId, itemId, position);
        Response.ResponseBuilder response = Response.ok(file.readEntity(InputStream.class), file.getMediaType());
        for (String header : PASSED_ON) {
            String value = file.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }
}
