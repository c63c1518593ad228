package dk.radhus.strategy.rest;

import java.time.Instant;
import java.time.LocalDate;

import dk.radhus.strategy.InitiativeStatusChange;
import dk.radhus.strategy.Light;

/** One status change of an initiative: from → to, text, as-of date, who and when. */
public record StatusChangeResponse(Light fromLight, Light toLight, String narrative, LocalDate asOf, String changedBy,
        Instant changedAt) {

    public static StatusChangeResponse of(InitiativeStatusChange c) {
        return new StatusChangeResponse(c.fromLight, c.toLight, c.narrative, c.asOf, c.changedBy, c.changedAt);
    }
}
