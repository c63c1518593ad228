package dk.radhus.strategy.csv;

import java.util.ArrayList;
import java.util.List;

import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;

/** Collects every bad line of an upload; if any, the whole upload is rejected with all of them. */
public final class CsvErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(long line, String column, String message) {
        errors.add(new Problem.FieldError("line[" + line + "]." + column, "linje " + line + ": " + message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 400 listing every error, so nothing of the file is stored. */
    public void throwIfAny(int lines) {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("csv-invalid", "Ugyldig CSV-fil", 400,
                    "Filen er ikke indlæst: " + errors.size() + " fejl i " + lines + " linjer. Intet er gemt.")
                    .withErrors(errors));
        }
    }
}
