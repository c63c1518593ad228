package dk.radhus.budget.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.AmountUnit;

/** A policy area's accounts (regnskab) for a year, in {@code unit}; expenses positive, income negative. */
@Schema(example = """
        {"unit": "DKK_THOUSANDS", "amount": 254}""")
public record AccountsRequest(
        @NotNull(message = "skal udfyldes") AmountUnit unit,
        @NotNull(message = "skal udfyldes") @Digits(integer = 15, fraction = 6, message = FollowUpLineRequest.DIGITS)
        BigDecimal amount) {
}
