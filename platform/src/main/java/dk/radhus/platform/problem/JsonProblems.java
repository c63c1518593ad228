package dk.radhus.platform.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dk.radhus.platform.json.InvalidValueException;
import dk.radhus.platform.json.NotUtf8Exception;

/** The problem of a request body Jackson could not read: where (line and column, or the field's path) and why. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** Any JSON failure, by its kind. */
    static Problem of(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            return malformed(parse);
        }
        if (e instanceof InvalidValueException invalid) {
            return field(invalid, invalid.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongValue(format);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return wrongType(mismatch);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(mapping, "værdien kan ikke læses");
        }
        return Problem.of("malformed-json", "Ugyldig JSON", 400, "Forespørgslens indhold kan ikke læses som JSON.");
    }

    static Problem malformed(JsonParseException e) {
        if (e instanceof NotUtf8Exception notUtf8) {
            return Problem.of("malformed-json", "Ugyldig JSON", 400,
                    "Forespørgslens indhold er ikke gyldig UTF-8 (byte %d).".formatted(notUtf8.offset()));
        }
        if (e.getLocation() == null) {
            return Problem.of("malformed-json", "Ugyldig JSON", 400, "Forespørgslens indhold er ikke gyldig JSON.");
        }
        return Problem.of("malformed-json", "Ugyldig JSON", 400,
                "Forespørgslens indhold er ikke gyldig JSON (linje %d, kolonne %d).".formatted(
                        e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
    }

    static Problem unknownField(UnrecognizedPropertyException e) {
        return field(e, "feltet er ukendt");
    }

    static Problem wrongValue(InvalidFormatException e) {
        return field(e, "værdien '%s' har ikke den forventede form (%s)".formatted(e.getValue(),
                TypeDescriptions.describe(e.getTargetType())));
    }

    static Problem wrongType(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "en anden type" : TypeDescriptions.describe(e.getTargetType());
        return field(e, "forkert type, forventede " + expected);
    }

    private static Problem field(JsonMappingException e, String message) {
        String field = path(e.getPath());
        return ProblemResponses.invalidData(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)));
    }

    /** The field's path in the body: {@code lines[2].amount}. */
    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
