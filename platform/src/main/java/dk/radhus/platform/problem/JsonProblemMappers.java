package dk.radhus.platform.problem;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A request body that is not JSON, or not the JSON the resource takes: a 400 with the line or the field. */
public class JsonProblemMappers {

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return ProblemResponses.respond(JsonProblems.malformed(e));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return ProblemResponses.respond(JsonProblems.unknownField(e));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return ProblemResponses.respond(JsonProblems.wrongValue(e));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return ProblemResponses.respond(JsonProblems.wrongType(e));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return ProblemResponses.respond(JsonProblems.of(e));
    }
}
