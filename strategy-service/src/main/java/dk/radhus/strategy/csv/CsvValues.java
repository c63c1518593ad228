package dk.radhus.strategy.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import dk.radhus.strategy.Light;

/** Lenient readers for CSV cells: Danish decimal comma, Danish light names and dd-mm-yyyy dates are accepted. */
public final class CsvValues {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CsvValues() {
    }

    /** A number of at most 15 digits before and 6 after the decimal point, as for a value sent as JSON. */
    public static Optional<BigDecimal> decimal(String cell) {
        String normalised = cell.contains(",") && !cell.contains(".") ? cell.replace(',', '.') : cell;
        try {
            BigDecimal value = new BigDecimal(normalised);
            BigDecimal significant = value.stripTrailingZeros();
            boolean fits = significant.precision() - significant.scale() <= 15 && significant.scale() <= 6;
            return fits ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Integer> year(String cell) {
        try {
            int year = Integer.parseInt(cell);
            return year >= 1900 && year <= 2100 ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Light> light(String cell) {
        return switch (cell.toUpperCase(Locale.ROOT)) {
            case "RED", "RØD" -> Optional.of(Light.RED);
            case "YELLOW", "GUL" -> Optional.of(Light.YELLOW);
            case "GREEN", "GRØN" -> Optional.of(Light.GREEN);
            default -> Optional.empty();
        };
    }

    public static Optional<LocalDate> date(String cell) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DANISH_DATE}) {
            try {
                return Optional.of(LocalDate.parse(cell, format));
            } catch (DateTimeParseException e) {
                continue;
            }
        }
        return Optional.empty();
    }
}
