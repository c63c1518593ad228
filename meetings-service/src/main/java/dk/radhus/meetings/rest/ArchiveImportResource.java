package dk.radhus.meetings.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import dk.radhus.meetings.ImportJob;
import dk.radhus.meetings.config.ArchiveImportConfig;
import dk.radhus.meetings.service.ArchiveImportService;
import dk.radhus.meetings.service.ArchiveImportWorker;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Roles;

/** Import of a zip archive of agendas and minutes as a job that runs in the background. */
@Path("/imports/archives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Indlæsning af dagsordener og referater")
public class ArchiveImportResource {

    private static final String ZIP = "application/zip";

    private final ArchiveImportService archives;
    private final ArchiveImportWorker worker;
    private final ArchiveImportConfig config;

    public ArchiveImportResource(ArchiveImportService archives, ArchiveImportWorker worker,
            ArchiveImportConfig config) {
        this.archives = archives;
        this.worker = worker;
        this.config = config;
    }

    @POST
    @Consumes(ZIP)
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Import a zip of agendas and minutes (.txt, .md, .html, .htm, .pdf, .docx) as a background "
            + "job, each document as POST /imports would; dryRun=true reports what each would do and writes nothing")
    @RequestBody(content = @Content(mediaType = ZIP, examples = @ExampleObject(name = "arkiv",
            value = "(a zip file: dagsordener/beu_dagsorden_2011-05-11.txt, referater/direktionen_2019-12-16.pdf)")))
    @APIResponse(responseCode = "202", description = "The job; Location names it")
    @APIResponse(responseCode = "400", description = "Not a readable zip, a name leaving the archive, too many or too "
            + "large documents, a document unpacking to too many times its packed size, or an unknown committee")
    @APIResponse(responseCode = "413", description = "The zip is larger than allowed")
    public Response start(InputStream body, @QueryParam("committee") String committee,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("published") @DefaultValue("false") boolean published) {
        java.nio.file.Path zip = receive(body);
        try {
            ImportJob job = archives.start(zip, committee, dryRun, published);
            worker.wake();
            return Response.accepted(ImportJobResponse.of(archives.status(job.id).orElseThrow()))
                    .location(URI.create("/imports/archives/" + job.id)).build();
        } finally {
            delete(zip);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARY, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "An archive import: state, documents done of the total, and each document's outcome "
            + "(CREATED, UPDATED, UNCHANGED or FAILED with its message) and warnings")
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportJobResponse job(@PathParam("id") UUID id) {
        return archives.status(id).map(ImportJobResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Indlæsningen findes ikke."));
    }

    /** The body, streamed to a temporary file no larger than the configured limit (413 beyond it). */
    private java.nio.file.Path receive(InputStream body) {
        long limit = config.maxSize().asLongValue();
        java.nio.file.Path zip;
        try {
            zip = Files.createTempFile("radhus-archive-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for an archive", e);
        }
        try (OutputStream out = Files.newOutputStream(zip)) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            for (int read; (read = body.read(buffer)) >= 0; ) {
                written += read;
                if (written > limit) {
                    throw new ProblemException(Problem.of("payload-too-large", "For stor forespørgsel", 413,
                            "Arkivet er større end tilladt (højst %d byte).".formatted(limit)));
                }
                out.write(buffer, 0, read);
            }
            return zip;
        } catch (IOException e) {
            delete(zip);
            throw new UncheckedIOException("Cannot store an archive", e);
        } catch (RuntimeException e) {
            delete(zip);
            throw e;
        }
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
