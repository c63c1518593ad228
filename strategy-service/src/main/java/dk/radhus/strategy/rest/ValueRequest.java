package dk.radhus.strategy.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's value for one year. */
@Schema(example = """
        {"value": 50123}""")
public record ValueRequest(
        @NotNull(message = "skal udfyldes") @Digits(integer = 15, fraction = 6, message = DIGITS) BigDecimal value) {

    static final String DIGITS = "skal være et tal med højst 15 cifre før og 6 efter kommaet";
}
