package dk.radhus.meetings.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import dk.radhus.meetings.service.ImportService;
import dk.radhus.platform.input.StrictInput;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Roles;

/** Import of existing agenda and minutes documents (plain text or Markdown). */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Indlæsning af dagsordener og referater")
public class ImportResource {

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import an agenda (becomes PLANNED) or minutes (becomes HELD, decisions recorded); "
            + "dryRun=true only returns the recognised structure and warnings")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, examples = @ExampleObject(name = "dagsorden",
            value = "Dagsorden til Borger- og Erhvervsudvalget\nDato: 11-05-2011\nTidspunkt: 17:00\nSted: B101\n\n"
                    + "**2. Kvalitetskontrakt**\nSagsid.: 3118504\nÅben sag\n\nSagsfremstilling:\n…\n\n"
                    + "Indstilling:\nAdministrationen indstiller, at …")))
    @APIResponse(responseCode = "201", description = "Imported; Location names the new meeting")
    @APIResponse(responseCode = "200", description = "Dry run: the structure, nothing stored")
    @APIResponse(responseCode = "400", description = "Empty document, not UTF-8, a NUL character, unknown committee "
            + "or no meeting date (in the years 1–9999)")
    public Response importDocument(byte[] upload, @QueryParam("committee") String committee,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        String document = text(upload);
        if (dryRun) {
            return Response.ok(imports.dryRun(document, committee)).build();
        }
        ImportService.Result result = imports.importDocument(document, committee);
        return Response.created(URI.create("/meetings/" + result.meetingId())).entity(result).build();
    }

    /** The document's bytes as text: UTF-8 strictly, not blank, and without the NUL character no column can store. */
    private static String text(byte[] upload) {
        String document = StrictInput.utf8(upload).orElseThrow(() -> ProblemException.invalidField("body",
                "dokumentet er ikke gyldig UTF-8; gem det som tekst i UTF-8"));
        if (document.isBlank()) {
            throw ProblemException.invalidField("body", "dokumentet er tomt");
        }
        if (document.indexOf('\u0000') >= 0) {
            throw ProblemException.invalidField("body", "dokumentet indeholder NUL-tegnet og kan ikke læses som tekst");
        }
        return document;
    }
}
