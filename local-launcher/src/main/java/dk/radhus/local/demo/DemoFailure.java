package dk.radhus.local.demo;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** A demo step could not load its data: an API answered with an unexpected status. */
public final class DemoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 300;

    public DemoFailure(String message) {
        super(message);
    }

    /**
     * E.g. {@code POST /policy-areas answered 400: Forespørgslen indeholder ugyldige data. (code: skal være 1-6
     * cifre)} — the call, the status and, from an RFC 9457 problem+json body, its detail and every field error.
     */
    static DemoFailure of(Api.Response response) {
        return new DemoFailure(response.call() + " answered " + response.status() + ": " + problem(response.body()));
    }

    static String problem(String body) {
        JsonNode problem;
        try {
            problem = Api.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            problem = null;
        }
        if (problem == null || !problem.isObject() || !(problem.has("detail") || problem.has("title"))) {
            String text = body == null ? "" : body.strip();
            return text.isEmpty() ? "(no body)" : text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + " …" : text;
        }
        String detail = problem.hasNonNull("detail") ? problem.path("detail").asText() : problem.path("title").asText();
        List<String> errors = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            String where = error.has("line")
                    ? "linje " + error.path("line").asText() + " " + error.path("column").asText()
                    : error.path("field").asText();
            errors.add(where + ": " + error.path("message").asText());
        }
        return errors.isEmpty() ? detail : detail + " (" + String.join("; ", errors) + ")";
    }
}
