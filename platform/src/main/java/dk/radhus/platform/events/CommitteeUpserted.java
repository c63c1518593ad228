package dk.radhus.platform.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A committee was created or changed in meetings-service. Published on {@link Topics#COMMITTEES}. */
public record CommitteeUpserted(
        @NotBlank String code,
        @NotBlank String name,
        @NotNull CommitteeKind kind,
        boolean active) implements EventPayload {

    @Override
    public String aggregateType() {
        return "Committee";
    }

    @Override
    public String aggregateId() {
        return code;
    }
}
