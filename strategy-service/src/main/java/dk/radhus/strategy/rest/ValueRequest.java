package dk.radhus.strategy.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator's value for one year. */
@Schema(example = """
        {"value": 50123}""")
public record ValueRequest(@NotNull(message = "skal udfyldes") BigDecimal value) {
}
