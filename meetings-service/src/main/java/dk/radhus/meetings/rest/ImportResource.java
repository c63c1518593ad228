package dk.radhus.meetings.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.importing.DocumentFormat;
import dk.radhus.meetings.service.ImportService;
import dk.radhus.meetings.service.ItemReviewService;
import dk.radhus.platform.security.Roles;

/** Import of existing agenda and minutes documents: plain text, Markdown, HTML, PDF or Word (DOCX). */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Indlæsning af dagsordener og referater")
public class ImportResource {

    private final ImportService imports;
    private final ItemReviewService reviews;

    public ImportResource(ImportService imports, ItemReviewService reviews) {
        this.imports = imports;
        this.reviews = reviews;
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Imported items waiting for review (closed until approved), oldest meeting first, with the "
            + "access their document gave them and the importer's warnings")
    public List<ItemReviewResponse> awaiting(@QueryParam("committee") String committee) {
        return reviews.awaiting(committee == null || committee.isBlank() ? null : committee.strip()).stream()
                .map(a -> ItemReviewResponse.of(a.meeting(), a.item())).toList();
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import an agenda (becomes PLANNED) or minutes (becomes HELD, decisions recorded); the same "
            + "document again changes nothing, a changed version updates its meeting; published=true: the source "
            + "published it, so an agenda becomes AGENDA_PUBLISHED and minutes MINUTES_APPROVED unless the document "
            + "says it is a draft; dryRun=true only returns the recognised structure, state and warnings")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "dagsorden",
            value = "Dagsorden til Borger- og Erhvervsudvalget\nDato: 11-05-2011\nTidspunkt: 17:00\nSted: B101\n\n"
                    + "**2. Kvalitetskontrakt**\nSagsid.: 3118504\nÅben sag\n\nSagsfremstilling:\n…\n\n"
                    + "Indstilling:\nAdministrationen indstiller, at …")))
    @APIResponse(responseCode = "201", description = "Imported; Location names the new meeting (outcome CREATED)")
    @APIResponse(responseCode = "200", description = "Dry run: the structure, nothing stored; or the meeting of an "
            + "earlier version of the document: outcome UPDATED (a changed version, kept as the next version) or "
            + "UNCHANGED (the same document again)")
    @APIResponse(responseCode = "409", description = "A changed version of a meeting whose minutes are approved or "
            + "that is cancelled")
    @APIResponse(responseCode = "400", description = "Empty document, text not UTF-8, a NUL character, a PDF or Word "
            + "file that cannot be read, unknown committee or no meeting date (in the years 1–9999)")
    @APIResponse(responseCode = "415", description = "The content is not what Content-Type says (e.g. a PDF sent as "
            + "text/plain), or a content type other than these")
    public Response importDocument(byte[] upload, @HeaderParam("Content-Type") String contentType,
            @QueryParam("committee") String committee, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("published") @DefaultValue("false") boolean published) {
        DocumentFormat format = DocumentFormat.ofContentType(contentType).orElse(DocumentFormat.TEXT);
        if (dryRun) {
            return Response.ok(imports.dryRun(upload, format, committee, published)).build();
        }
        ImportService.Result result = imports.importDocument(upload, format, committee, published);
        URI meeting = URI.create("/meetings/" + result.meetingId());
        return result.outcome() == ImportService.Outcome.CREATED ? Response.created(meeting).entity(result).build()
                : Response.ok(result).location(meeting).build();
    }
}
