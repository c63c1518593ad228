package dk.radhus.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Map a function (funktion, d.dd.dd) or an inclusive range of functions to a policy area. */
@Schema(example = """
        {"from": "6.45.50", "to": "6.45.59"}""")
public record FunctionRangeRequest(
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = FUNCTION, message = "skal være en funktion på formen d.dd.dd, fx 6.45.51") String from,
        @Pattern(regexp = FUNCTION, message = "skal være en funktion på formen d.dd.dd, fx 6.45.59") String to) {

    /** A function of the authorised chart of accounts: main account, group and function, e.g. 6.45.51. */
    public static final String FUNCTION = "[0-9]\\.[0-9]{2}\\.[0-9]{2}";
}
