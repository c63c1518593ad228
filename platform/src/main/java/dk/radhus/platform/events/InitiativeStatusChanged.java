package dk.radhus.platform.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An initiative (indsats) of an action plan got a new status. Published by strategy-service on {@link Topics#STRATEGY},
 * keyed by the initiative id. {@code fromLight} is null for the first status of a new initiative. Carries the titles
 * that a consumer needs to describe the initiative (meetings-service drafts the directorate's status item from it).
 */
public record InitiativeStatusChanged(
        @NotNull UUID initiativeId,
        @NotBlank String reference,
        @NotBlank String title,
        @NotNull UUID policyId,
        @NotBlank String policyTitle,
        @NotBlank String focusAreaTitle,
        @NotBlank String departmentCode,
        Light fromLight,
        @NotNull Light toLight,
        @NotBlank String narrative,
        @NotNull LocalDate asOf,
        @NotBlank String changedBy) implements EventPayload {

    /** Traffic light (stoplys): rød, gul, grøn. */
    public enum Light {
        RED, YELLOW, GREEN
    }

    @Override
    public String aggregateType() {
        return "Initiative";
    }

    @Override
    public String aggregateId() {
        return initiativeId.toString();
    }
}
