package dk.radhus.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dk.radhus.platform.json.InvalidValueException;
import dk.radhus.platform.json.NotUtf8Exception;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into a problem+json response. Client errors name the field and the reason; nothing about the
 * implementation (class names, stack traces, SQL) reaches the client. Unexpected failures are logged with an id that
 * the response repeats, so support can find the log line.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e) {
        return validation((ConstraintViolationException) e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> StreamSupport
                .stream(v.getPropertyPath().spliterator(), false)
                .anyMatch(node -> node.getKind() == ElementKind.RETURN_VALUE));
        return ourFault ? unexpected(e) : respond(invalid(e));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        if (e instanceof NotUtf8Exception notUtf8) {
            return respond(Problem.of("malformed-json", "Ugyldig JSON", 400,
                    "Forespørgslens indhold er ikke gyldig UTF-8 (byte %d).".formatted(notUtf8.offset())));
        }
        if (e.getLocation() == null) {
            return respond(Problem.of("malformed-json", "Ugyldig JSON", 400,
                    "Forespørgslens indhold er ikke gyldig JSON."));
        }
        return respond(Problem.of("malformed-json", "Ugyldig JSON", 400,
                "Forespørgslens indhold er ikke gyldig JSON (linje %d, kolonne %d).".formatted(
                        e.getLocation().getLineNr(), e.getLocation().getColumnNr())));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return respond(fieldProblem(e, "feltet er ukendt"));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return respond(fieldProblem(e, "værdien '%s' har ikke den forventede form (%s)".formatted(
                e.getValue(), describe(e.getTargetType()))));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "en anden type" : describe(e.getTargetType());
        return respond(fieldProblem(e, "forkert type, forventede " + expected));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return jsonProblem(e);
    }

    private Response jsonProblem(JsonProcessingException e) {
        if (e instanceof InvalidValueException invalid) {
            return respond(fieldProblem(invalid, invalid.getOriginalMessage()));
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
            return respond(fieldProblem(mapping, "værdien kan ikke læses"));
        }
        return respond(Problem.of("malformed-json", "Ugyldig JSON", 400, "Forespørgslens indhold kan ikke læses som JSON."));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Adgang nægtet", 403, "Din rolle giver ikke adgang til denne handling."));
    }

    /**
     * JAX-RS answers its own 4xx; a {@link ProblemException} from a parameter converter ({@link RequestParameters})
     * arrives wrapped in the {@link NotFoundException} that a query or path value it cannot convert becomes.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() instanceof ProblemException parameter) {
            return problem(parameter);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonParseException parse ? malformedJson(parse) : jsonProblem(json);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        return respond(switch (status) {
            case 400 -> Problem.of("bad-request", "Ugyldig forespørgsel", 400, "Forespørgslen kan ikke behandles.");
            case 401 -> Problem.of("unauthorized", "Ikke logget ind", 401, "Log ind for at bruge denne funktion.");
            case 403 -> Problem.of("forbidden", "Adgang nægtet", 403, "Din rolle giver ikke adgang til denne handling.");
            case 404 -> Problem.of("not-found", "Ikke fundet", 404, "Ressourcen findes ikke.");
            case 405 -> Problem.of("method-not-allowed", "Metoden er ikke tilladt", 405,
                    "HTTP-metoden understøttes ikke for denne adresse.");
            case 406 -> Problem.of("not-acceptable", "Formatet kan ikke leveres", 406,
                    "Det ønskede svarformat understøttes ikke.");
            case 413 -> Problem.of("payload-too-large", "For stor forespørgsel", 413,
                    "Forespørgslens indhold er større end tilladt.");
            case 415 -> Problem.of("unsupported-media-type", "Indholdstypen understøttes ikke", 415,
                    "Indholdets type (Content-Type) understøttes ikke af denne adresse.");
            default -> Problem.of("client-error", "Ugyldig forespørgsel", status, "Forespørgslen kan ikke behandles.");
        });
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s", errorId);
        return respond(Problem.of("internal", "Intern fejl", 500,
                "Der opstod en uventet fejl. Oplys fejl-id " + errorId + " til support."));
    }

    private static Response unauthenticated() {
        return Response.fromResponse(respond(Problem.of("unauthorized", "Ikke logget ind", 401,
                "Log ind med et gyldigt adgangstoken (Bearer).")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.JSON).entity(problem).build();
    }

    private static Problem invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return Problem.of("validation", "Ugyldige data", 400, "Forespørgslen indeholder ugyldige data.")
                .withErrors(errors);
    }

    /**
     * The path inside the request, without the Java method and parameter names: {@code lines[2].amount}; an element of
     * a list is {@code sections[1]} (of a list body: {@code [1]}). The body itself is {@code body}; a query, path or
     * header parameter is named as the request names it ({@code @QueryParam("unit")}: {@code unit}).
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.append(parameterName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class)));
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /**
     * The request's name of a resource method's parameter: the value of its {@code @QueryParam}, {@code @PathParam} or
     * {@code @HeaderParam}, nothing for the body (the one parameter without such an annotation), else its Java name.
     */
    private static String parameterName(Class<?> resource, Path.MethodNode methodNode, Path.ParameterNode parameter) {
        Method method = methodNode == null ? null : declared(resource, methodNode);
        if (method == null) {
            return parameter.getName();
        }
        boolean requestParameter = false;
        for (Annotation annotation : method.getParameterAnnotations()[parameter.getParameterIndex()]) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            String annotationPackage = annotation.annotationType().getPackageName();
            requestParameter |= annotationPackage.equals("jakarta.ws.rs") || annotationPackage.equals("jakarta.ws.rs.core")
                    || annotationPackage.startsWith("org.jboss.resteasy.reactive");
        }
        return requestParameter ? parameter.getName() : "";
    }

    /** The method as declared on the class or, for a generated subclass (CDI interceptors), on a superclass. */
    private static Method declared(Class<?> type, Path.MethodNode node) {
        Class<?>[] parameterTypes = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Method method : current.getDeclaredMethods()) {
                if (method.getName().equals(node.getName()) && Arrays.equals(method.getParameterTypes(), parameterTypes)
                        && Arrays.stream(method.getParameterAnnotations()).anyMatch(list -> list.length > 0)) {
                    return method;
                }
            }
        }
        return null;
    }

    private static Problem fieldProblem(JsonMappingException e, String message) {
        String field = jsonPath(e.getPath());
        return Problem.of("validation", "Ugyldige data", 400, "Forespørgslen indeholder ugyldige data.")
                .withErrors(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)));
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
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

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("en af ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (type == UUID.class) {
            return "en UUID, fx 5f0d8c56-5a0e-4d8e-a8a4-0d5b2f0b7a31";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "et tal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true eller false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "en dato/tid i ISO 8601-format";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "tekst";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "en liste";
        }
        return "et objekt";
    }
}
