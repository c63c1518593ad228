package dk.radhus.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;

/** Bean Validation failures: a 400 naming every invalid field, or a 500 when a method's return value broke a rule. */
public class ValidationProblemMappers {

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e) {
        return validation((ConstraintViolationException) e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(ViolationFields::onReturnValue);
        return ourFault ? ProblemResponses.unexpected(e) : ProblemResponses.respond(invalid(e));
    }

    private static Problem invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(ViolationFields.fieldName(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return ProblemResponses.invalidData(errors);
    }
}
