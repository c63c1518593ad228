package dk.radhus.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The yearly growth account (vækstregnskab) for {@code year} was published as an immutable snapshot. Published by
 * strategy-service on {@link Topics#STRATEGY}, keyed by the account id.
 */
public record GrowthAccountPublished(
        @NotNull UUID accountId,
        int year,
        int indicatorCount,
        @NotNull List<String> themes,
        int red,
        int yellow,
        int green,
        @NotNull Instant publishedAt) implements EventPayload {

    @Override
    public String aggregateType() {
        return "GrowthAccount";
    }

    @Override
    public String aggregateId() {
        return accountId.toString();
    }
}
