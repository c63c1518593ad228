package dk.radhus.budget.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.radhus.budget.chart.ChartLineError;
import dk.radhus.budget.chart.ChartRejectedException;
import dk.radhus.budget.upload.AccountLineError;
import dk.radhus.budget.upload.UploadRejectedException;
import dk.radhus.platform.problem.Problem;

/** A rejected upload or chart of accounts as problem+json: the platform's shape, each error also naming its line and column. */
public class UploadProblems {

    /** RFC 9457 body whose errors carry line, column, field and message. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record UploadProblem(URI type, String title, int status, String detail, List<?> errors) {
    }

    @ServerExceptionMapper
    public Response rejected(UploadRejectedException e) {
        long lines = e.errors().stream().mapToInt(AccountLineError::line).distinct().count();
        UploadProblem problem = new UploadProblem(URI.create("https://radhus.dk/problems/invalid-account-lines"),
                "Ugyldige kontolinjer", 400,
                "Filen er ikke indlæst: %d linje(r) har fejl. Ret dem og indlæs hele filen igen.".formatted(lines),
                e.errors());
        return Response.status(400).type(Problem.JSON).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response rejected(ChartRejectedException e) {
        long lines = e.errors().stream().mapToInt(ChartLineError::line).distinct().count();
        UploadProblem problem = new UploadProblem(URI.create("https://radhus.dk/problems/invalid-chart-of-accounts"),
                "Ugyldig kontoplan", 400,
                "Kontoplanen er ikke indlæst: %d linje(r) har fejl. Ret dem og indlæs hele filen igen.".formatted(lines),
                e.errors());
        return Response.status(400).type(Problem.JSON).entity(problem).build();
    }
}
