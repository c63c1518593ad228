package dk.radhus.strategy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.csv.CsvTable;
import dk.radhus.strategy.service.IndicatorValueImport;
import dk.radhus.strategy.service.InitiativeStatusImport;

/** Bulk updates by CSV upload: all-or-nothing, every bad line reported, idempotent on re-upload. */
@Path("/")
@Consumes({"text/csv", MediaType.TEXT_PLAIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk updates", description = "CSV-upload af indikatorværdier og indsatsstatus")
@RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
@SecurityRequirement(name = "bearer")
public class CsvImportResource {

    private final IndicatorValueImport values;
    private final InitiativeStatusImport statuses;
    private final Caller caller;

    public CsvImportResource(IndicatorValueImport values, InitiativeStatusImport statuses, Caller caller) {
        this.values = values;
        this.statuses = statuses;
        this.caller = caller;
    }

    @POST
    @Path("indicator-values/csv")
    @Operation(summary = "Upload indicator values (indicator,year,value); comma or semicolon separated")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "values",
            value = "indicator,year,value\nBEF-01,2019,50123\nBES-01,2019,\"74,2\"\n")))
    public ImportResult uploadValues(byte[] csv) {
        return ImportResult.of(values.upload(CsvTable.text(csv), caller.name()));
    }

    @POST
    @Path("initiative-statuses/csv")
    @Operation(summary = "Upload initiative statuses (initiative,light,text,asOf); comma or semicolon separated")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "statuses",
            value = "initiative;light;text;asOf\nVP-BY-1.1;GRØN;Udviklingsplanen er godkendt;16-12-2019\n")))
    public ImportResult uploadStatuses(byte[] csv) {
        return ImportResult.of(statuses.upload(CsvTable.text(csv), caller.name()));
    }
}
