package dk.radhus.strategy.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.IndicatorTheme;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.service.IndicatorService;

/** Growth-account themes and indicators with their yearly values; internal until published in an account. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Vækstregnskabets temaer, parametre og årsværdier")
@RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
@SecurityRequirement(name = "bearer")
public class IndicatorResource {

    /** A theme as returned. */
    public record ThemeResponse(UUID id, String title, int position) {
        static ThemeResponse of(IndicatorTheme t) {
            return new ThemeResponse(t.id, t.title, t.position);
        }
    }

    private final IndicatorService indicators;
    private final Caller caller;

    public IndicatorResource(IndicatorService indicators, Caller caller) {
        this.indicators = indicators;
        this.caller = caller;
    }

    @GET
    @Path("indicator-themes")
    @Operation(summary = "Growth-account themes in order")
    public List<ThemeResponse> themes() {
        return indicators.themes().stream().map(ThemeResponse::of).toList();
    }

    @POST
    @Path("indicator-themes")
    @Operation(summary = "Create a theme, e.g. Beskæftigelse")
    public Response createTheme(@Valid @NotNull ThemeRequest request) {
        ThemeResponse created = ThemeResponse.of(indicators.createTheme(request.title(), request.position(), actor()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("indicators")
    @Operation(summary = "All indicators with their yearly values, by theme and code")
    public List<IndicatorResponse> list() {
        return indicators.all().stream().map(i -> IndicatorResponse.of(i, indicators.series(i))).toList();
    }

    @GET
    @Path("indicators/{code}")
    @Operation(summary = "One indicator with its yearly values")
    public IndicatorResponse get(@PathParam("code") String code) {
        Indicator indicator = indicators.indicator(code);
        return IndicatorResponse.of(indicator, indicators.series(indicator));
    }

    @POST
    @Path("indicators")
    @Operation(summary = "Create an indicator (parameter) with baseline, direction and optional target")
    public Response create(@Valid @NotNull IndicatorRequest request) {
        Indicator created = indicators.create(request.code(), request.definition(), actor());
        return Response.created(URI.create("/indicators/" + created.code))
                .entity(IndicatorResponse.of(created, List.of())).build();
    }

    @PUT
    @Path("indicators/{code}")
    @Operation(summary = "Change an indicator, e.g. put it under a theme; published accounts are not affected")
    public IndicatorResponse update(@PathParam("code") String code, @Valid @NotNull IndicatorRequest request) {
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "skal være den samme som i adressen");
        }
        Indicator indicator = indicators.update(code, request.definition(), actor());
        return IndicatorResponse.of(indicator, indicators.series(indicator));
    }

    @PUT
    @Path("indicators/{code}/values/{year}")
    @Operation(summary = "Set an indicator's value for a year")
    public IndicatorResponse.YearValue setValue(@PathParam("code") String code,
            @PathParam("year") @Min(value = 1900, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") int year,
            @Valid @NotNull ValueRequest request) {
        return IndicatorResponse.YearValue.of(indicators.setValue(code, year, request.value(), actor()));
    }

    private String actor() {
        return caller.name();
    }
}
