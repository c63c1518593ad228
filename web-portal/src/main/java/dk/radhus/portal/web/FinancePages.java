package dk.radhus.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

import dk.radhus.portal.budget.Budget;
import dk.radhus.portal.budget.BudgetClient;
import dk.radhus.portal.view.HtmlSanitizer;

/**
 * The finance page: choose a draft follow-up, upload a CSV of account lines, follow the job's progress, then see the
 * committee table with the new figures or the rejected lines.
 */
@Path("/okonomi")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(PortalUser.FINANCE)
public class FinancePages {

    static final Set<String> UNITS = Set.of("DKK", "DKK_THOUSANDS", "DKK_MILLIONS");

    private final BudgetClient budget;

    public FinancePages(@RestClient BudgetClient budget) {
        this.budget = budget;
    }

    /** What the upload page's script polls while the job runs. */
    public record Progress(String status, int doneLines, int totalLines, int percent, boolean done) {
    }

    @GET
    public TemplateInstance page() {
        return Pages.finance(drafts(), null);
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public RestResponse<TemplateInstance> upload(@RestForm("opfoelgning") String followUp,
            @RestForm("enhed") String unit, @RestForm("fil") FileUpload file) {
        UUID followUpId = uuid(followUp);
        String problem = followUpId == null ? "Vælg den budgetopfølgning, filen skal indlæses i."
                : unit == null || !UNITS.contains(unit) ? "Vælg den enhed, beløbene i filen er angivet i."
                : file == null || file.size() == 0 ? "Vælg en CSV-fil med kontolinjer." : null;
        if (problem != null) {
            return RestResponse.status(Response.Status.BAD_REQUEST, Pages.finance(drafts(), problem));
        }
        byte[] csv = read(file);
        try (Response response = budget.uploadIntoFollowUp(followUpId, unit, true, csv)) {
            Budget.Upload upload = response.readEntity(Budget.Upload.class);
            String location = "/okonomi/upload/" + upload.id() + (upload.duplicate() ? "?dublet=true" : "");
            return RestResponse.seeOther(URI.create(location));
        } catch (WebApplicationException e) {
            return rejected(e);
        }
    }

    @GET
    @Path("upload/{id}")
    public TemplateInstance progress(@PathParam("id") UUID id, @QueryParam("dublet") boolean duplicate) {
        Budget.Upload upload = budget.upload(id);
        RawString table = "COMPLETED".equals(upload.status()) && "FOLLOW_UP".equals(upload.targetKind())
                ? HtmlSanitizer.table(budget.followUpTable(UUID.fromString(upload.targetId()), "DKK_THOUSANDS"))
                : new RawString("");
        String notice = duplicate ? "Filen var allerede indlæst i denne opfølgning; intet er lagt til igen." : null;
        return Pages.upload(new Views.UploadPage(id, upload, upload.errorsOrEmpty(), table, notice));
    }

    @GET
    @Path("upload/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public Progress status(@PathParam("id") UUID id) {
        Budget.Upload upload = budget.upload(id);
        Views.UploadPage page = new Views.UploadPage(id, upload, upload.errorsOrEmpty(), new RawString(""), null);
        return new Progress(upload.status(), upload.doneLines(), upload.totalLines(), page.percent(),
                !upload.running());
    }

    private RestResponse<TemplateInstance> rejected(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400) {
            Budget.Problem problem = e.getResponse().readEntity(Budget.Problem.class);
            if (problem.errorsOrEmpty().isEmpty()) {
                return RestResponse.status(Response.Status.BAD_REQUEST, Pages.finance(drafts(), problem.detail()));
            }
            return RestResponse.status(Response.Status.BAD_REQUEST, Pages.upload(new Views.UploadPage(null, null,
                    problem.errorsOrEmpty(), new RawString(""), problem.detail())));
        }
        if (status == 409) {
            return RestResponse.status(Response.Status.CONFLICT, Pages.finance(drafts(),
                    "Opfølgningen er ikke længere en kladde, så der kan ikke indlæses tal i den."));
        }
        throw e;
    }

    private List<Views.Draft> drafts() {
        Map<String, String> names = budget.committees().stream()
                .collect(Collectors.toMap(Budget.Committee::code, Budget.Committee::name, (a, b) -> a));
        return budget.followUps(null, null).stream().filter(Budget.FollowUpSummary::draft)
                .map(f -> new Views.Draft(f, names.getOrDefault(f.committeeCode(), f.committeeCode()))).toList();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }
}
