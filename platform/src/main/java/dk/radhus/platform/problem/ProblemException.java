package dk.radhus.platform.problem;

import java.util.List;

/** A client error the application detects itself; mapped to its problem+json response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of("not-found", "Ikke fundet", 404, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of("conflict", "Konflikt", 409, detail));
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of("validation", "Ugyldige data", 400, "Forespørgslen indeholder ugyldige data.")
                .withErrors(errors));
    }
}
