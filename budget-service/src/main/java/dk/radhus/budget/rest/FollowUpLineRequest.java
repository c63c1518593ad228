package dk.radhus.budget.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.AmountUnit;

/**
 * A policy area's figures in a follow-up, all in {@code unit}; expenses positive, income negative. Replaces what was
 * posted for the area before.
 */
@Schema(example = """
        {"unit": "DKK_THOUSANDS", "spendToDate": -25, "requestedAppropriation": 0, "forecast": 353,
         "comments": "Ingen bemærkninger"}""")
public record FollowUpLineRequest(
        @NotNull(message = "skal udfyldes") AmountUnit unit,
        @NotNull(message = "skal udfyldes") @Digits(integer = 15, fraction = 6, message = DIGITS)
        BigDecimal spendToDate,
        @NotNull(message = "skal udfyldes") @Digits(integer = 15, fraction = 6, message = DIGITS)
        BigDecimal requestedAppropriation,
        @NotNull(message = "skal udfyldes") @Digits(integer = 15, fraction = 6, message = DIGITS) BigDecimal forecast,
        @Size(max = 4000, message = "må højst være 4000 tegn") String comments) {

    static final String DIGITS = "skal være et tal med højst 15 cifre før og 6 efter kommaet";
}
