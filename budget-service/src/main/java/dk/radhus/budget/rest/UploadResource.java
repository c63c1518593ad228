package dk.radhus.budget.rest;

import java.net.URI;
import java.util.List;
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

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.detail.AccountDetailService;
import dk.radhus.budget.upload.AccountUploads;
import dk.radhus.budget.upload.UploadService;
import dk.radhus.budget.upload.UploadTarget;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;

/** Bulk CSV upload of account lines into a follow-up's spend or a year's accounts. */
@Path("/uploads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads", description = "Indlæsning af kontolinjer fra CSV")
public class UploadResource {

    private static final String EXAMPLE = """
            funktion;dranst;art;beløb;omkostningssted;tekst
            6.45.51;1;5.9;-25.000,00;8810;Tilbagebetaling af projekttilskud
            """;

    private final AccountUploads runner;
    private final UploadService uploads;
    private final AccountDetailService details;
    private final Caller caller;

    public UploadResource(AccountUploads runner, UploadService uploads, AccountDetailService details, Caller caller) {
        this.runner = runner;
        this.details = details;
        this.uploads = uploads;
        this.caller = caller;
    }

    @POST
    @Path("/follow-ups/{id}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upload a draft follow-up's account lines; replaces the active upload sharing a policy area")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "semicolon",
            value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Applied")
    @APIResponse(responseCode = "200", description = "The same file was applied before; nothing added")
    @APIResponse(responseCode = "202", description = "Runs as a job; follow Location for progress")
    @APIResponse(responseCode = "400", description = "Bad lines (each with line, column, reason); nothing stored")
    @APIResponse(responseCode = "409", description = "The follow-up is not a draft")
    public Response intoFollowUp(@PathParam("id") UUID id, @QueryParam("unit") AmountUnit unit,
            @QueryParam("background") @DefaultValue("false") boolean background, byte[] content) {
        return upload(UploadTarget.followUp(id), unit, background, content);
    }

    @POST
    @Path("/accounts/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Upload a year's account lines; replaces the active upload sharing a policy area")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "comma",
            value = "function,budgetType,type,amount,costCentre,text\n6.45.51,1,4.0,254000.00,8810,Tilskud\n")))
    @APIResponse(responseCode = "201", description = "Applied")
    @APIResponse(responseCode = "200", description = "The same file was applied before; nothing added")
    @APIResponse(responseCode = "202", description = "Runs as a job; follow Location for progress")
    @APIResponse(responseCode = "400", description = "Bad lines (each with line, column, reason); nothing stored")
    public Response intoAccounts(@PathParam("year") int year, @QueryParam("unit") AmountUnit unit,
            @QueryParam("background") @DefaultValue("false") boolean background, byte[] content) {
        return upload(UploadTarget.accounts(year), unit, background, content);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "An upload's status and progress (lines done of total), its totals or its bad lines")
    public UploadResponse get(@PathParam("id") UUID id) {
        AccountUpload upload = uploads.find(id);
        return UploadResponse.of(upload, false, uploads.totals(id), uploads.errors(upload));
    }

    @GET
    @Path("/follow-ups/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Every upload into a follow-up, oldest first: who, when, file hash, totals, which is active")
    public List<UploadResponse> followUpHistory(@PathParam("id") UUID id) {
        return history(UploadTarget.followUp(id));
    }

    @GET
    @Path("/accounts/{year}")
    @RolesAllowed({Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Every upload into a year's accounts, oldest first: who, when, file hash, totals, which is "
            + "active")
    public List<UploadResponse> accountsHistory(@PathParam("year") int year) {
        return history(UploadTarget.accounts(year));
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Make an earlier upload the active version again (undo): its figures replace those of the "
            + "active uploads sharing a policy area with it")
    @APIResponse(responseCode = "200", description = "The upload is active")
    @APIResponse(responseCode = "409", description = "The upload is not completed, or the target cannot change")
    public UploadResponse activate(@PathParam("id") UUID id) {
        AccountUpload upload = uploads.activate(id, caller.name());
        return UploadResponse.of(upload, false, uploads.totals(id), List.of());
    }

    @GET
    @Path("/{id}/difference")
    @RolesAllowed({Roles.FINANCE, Roles.DIRECTOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The difference from upload `from` to this upload of the same target, per policy area and "
            + "function")
    public UploadDifferenceResponse difference(@PathParam("id") UUID id, @QueryParam("from") UUID from,
            @QueryParam("unit") @DefaultValue("DKK_THOUSANDS") AmountUnit unit) {
        if (from == null) {
            throw ProblemException.invalidField("from", "skal angives: id på den indlæsning, der sammenlignes med");
        }
        return UploadDifferenceResponse.of(details.difference(from, id), unit);
    }

    private List<UploadResponse> history(UploadTarget target) {
        return uploads.history(target).stream()
                .map(u -> UploadResponse.of(u, false, uploads.totals(u.id), uploads.errors(u))).toList();
    }

    private Response upload(UploadTarget target, AmountUnit unit, boolean background, byte[] content) {
        if (unit == null) {
            throw ProblemException.invalidField("unit", "skal angives: DKK, DKK_THOUSANDS eller DKK_MILLIONS");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("body", "filen er tom; den skal mindst have en overskriftslinje");
        }
        AccountUploads.Outcome outcome = runner.upload(target, content, unit, background, caller.name());
        AccountUpload upload = outcome.upload();
        UploadResponse body = UploadResponse.of(upload, outcome.duplicate(), uploads.totals(upload.id), List.of());
        URI location = URI.create("/uploads/" + upload.id);
        if (outcome.background()) {
            return Response.accepted(body).location(location).build();
        }
        return (outcome.duplicate() ? Response.ok(body) : Response.created(location).entity(body)).build();
    }
}
