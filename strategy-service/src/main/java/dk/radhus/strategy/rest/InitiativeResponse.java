package dk.radhus.strategy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.Light;

/** An initiative with its current status; {@code stale} when the status is older than the configured age. */
public record InitiativeResponse(UUID id, String reference, UUID goalId, String title, String description,
        String departmentCode, String partners, LocalDate startDate, LocalDate endDate, Light light, String narrative,
        LocalDate statusAsOf, boolean stale, String statusChangedBy, Instant statusChangedAt) {

    public static InitiativeResponse of(Initiative i, boolean stale) {
        return new InitiativeResponse(i.id, i.reference, i.goal.id, i.title, i.description, i.departmentCode,
                i.partners, i.startDate, i.endDate, i.light, i.narrative, i.statusAsOf, stale, i.statusChangedBy,
                i.statusChangedAt);
    }
}
