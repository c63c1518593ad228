package dk.radhus.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.budget.chart.ChartOfAccountsService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Roles;

/** The authorised chart of accounts per year, loaded from CSV; uploads of that year are checked against it. */
@Path("/chart-of-accounts/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chart of accounts", description = "Den autoriserede kontoplan: funktioner og dranst/art")
public class ChartOfAccountsResource {

    private final ChartOfAccountsService charts;

    public ChartOfAccountsResource(ChartOfAccountsService charts) {
        this.charts = charts;
    }

    @GET
    @Operation(summary = "A year's chart of accounts: functions and authorised dranst/art combinations")
    public ChartOfAccountsResponse get(@PathParam("year") int year) {
        return ChartOfAccountsResponse.of(year, charts.functions(year), charts.types(year));
    }

    @PUT
    @Path("/functions")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a year's functions from CSV (funktion;navn), all or nothing")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "functions",
            value = "funktion;navn\n6.45.51;Sekretariat og forvaltninger\n")))
    @APIResponse(responseCode = "400", description = "Bad lines (each with line, column, reason); nothing stored")
    public ChartOfAccountsResponse putFunctions(@PathParam("year") int year, byte[] content) {
        charts.replaceFunctions(year, required(content));
        return get(year);
    }

    @PUT
    @Path("/types")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.FINANCE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a year's authorised dranst/art combinations from CSV (dranst;art;navn), all or "
            + "nothing")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "types",
            value = "dranst;art;navn\n1;5.9;Øvrige tilskud og overførsler\n1;7.9;Øvrige indtægter\n")))
    @APIResponse(responseCode = "400", description = "Bad lines (each with line, column, reason); nothing stored")
    public ChartOfAccountsResponse putTypes(@PathParam("year") int year, byte[] content) {
        charts.replaceTypes(year, required(content));
        return get(year);
    }

    private static byte[] required(byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("body", "filen er tom; den skal mindst have en overskriftslinje");
        }
        return content;
    }
}
