package dk.radhus.platform.problem;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error body of the suite (RFC 9457 problem details): a stable {@code type}, a short Danish {@code title}, the
 * HTTP {@code status}, a Danish {@code detail} for people, and for invalid input one entry per field in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://radhus.dk/problems/";

    /** One invalid field: its path in the request (e.g. {@code lines[2].amount}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(String typeSlug, String title, int status, String detail) {
        return new Problem(URI.create(TYPE_BASE + typeSlug), title, status, detail, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, List.copyOf(fieldErrors));
    }
}
