package dk.radhus.meetings.rest;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attachment;
import dk.radhus.meetings.MeetingRoles;
import dk.radhus.meetings.repository.AttachmentFiles;
import dk.radhus.meetings.repository.Snapshots;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.AttachmentFileService;
import dk.radhus.meetings.service.MeetingService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/**
 * The file of an attachment (bilag): the secretary uploads it, and whoever may see the item's content downloads it —
 * the public only an open item's of a published meeting, by the rule of the public item view; otherwise a 404 that
 * does not tell whether the item or the file exists.
 */
@Path("/meetings/{meetingId}/items/{itemId}/attachments/{position}/file")
@Tag(name = "Agenda items", description = "Dagsordenspunkter, beslutninger og rettelser")
public class AttachmentFileResource {

    private static final String NOT_FOUND = "Filen findes ikke.";

    private final MeetingService meetings;
    private final AgendaItemService items;
    private final AttachmentFileService uploads;
    private final AttachmentFiles files;
    private final Snapshots snapshots;
    private final Caller caller;

    public AttachmentFileResource(MeetingService meetings, AgendaItemService items, AttachmentFileService uploads,
            AttachmentFiles files, Snapshots snapshots, Caller caller) {
        this.meetings = meetings;
        this.items = items;
        this.uploads = uploads;
        this.files = files;
        this.snapshots = snapshots;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upload the attachment's file: the body is the file (PDF, Word DOCX, PNG or JPEG), "
            + "Content-Type its type, Content-Disposition (optional) its name as filename*=UTF-8''…; replaces an "
            + "earlier file; after publication it is an amendment")
    @RequestBody(content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …")))
    @APIResponse(responseCode = "200", description = "Stored; the item with the attachment's file")
    @APIResponse(responseCode = "404", description = "No such meeting, item or attachment")
    @APIResponse(responseCode = "400", description = "A Content-Disposition file name that cannot be read")
    @APIResponse(responseCode = "409", description = "Minutes approved or meeting cancelled")
    @APIResponse(responseCode = "413", description = "Larger than radhus.attachments.max-size")
    @APIResponse(responseCode = "415", description = "A type not accepted, or content that is not the declared type")
    public ItemResponse upload(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @PathParam("position") int position, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Content-Disposition") String disposition, InputStream body) {
        AgendaItem item = uploads.upload(new AttachmentFileService.Upload(meetingId, itemId, position, contentType,
                UploadFileName.of(disposition).orElse(null), body));
        return ItemResponse.full(item, items.history(item.id));
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the attachment's file; the public only of an open item of a published meeting")
    @APIResponse(responseCode = "200", description = "The file, as an attachment, with its SHA-256 as ETag")
    @APIResponse(responseCode = "304", description = "If-None-Match names the file's ETag")
    @APIResponse(responseCode = "404", description = "No such file, or one the caller may not see")
    public Response download(@PathParam("meetingId") UUID meetingId, @PathParam("itemId") UUID itemId,
            @PathParam("position") int position, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        boolean privileged = MeetingRoles.privileged(caller);
        Attachment file = snapshots.read(() -> meetings.findVisible(meetingId, privileged)
                .flatMap(meeting -> items.find(meetingId, itemId))
                .filter(item -> ItemViews.contentVisible(item, privileged))
                .filter(item -> position >= 0 && position < item.attachments.size())
                .map(item -> item.attachments.get(position))
                .filter(Attachment::hasFile)
                .orElseThrow(() -> ProblemException.notFound(NOT_FOUND)));
        String etag = '"' + file.sha256 + '"';
        Response.ResponseBuilder response;
        if (etag.equals(ifNoneMatch)) {
            response = Response.notModified();
        } else {
            UUID fileId = file.fileId;
            long size = file.sizeBytes;
            response = Response.ok((StreamingOutput) out -> files.copy(fileId, size, out), file.mediaType)
                    .header(HttpHeaders.CONTENT_LENGTH, size)
                    .header("Content-Disposition", contentDisposition(file.fileName));
        }
        return response.header(HttpHeaders.ETAG, etag)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, privileged ? "private, no-cache" : "no-cache")
                .build();
    }

    /** RFC 6266: an ASCII fallback name, and the real one in UTF-8 as {@code filename*} (RFC 8187). */
    static String contentDisposition(String fileName) {
        StringBuilder fallback = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                && c != '%' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
