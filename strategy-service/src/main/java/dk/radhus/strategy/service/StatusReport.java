package dk.radhus.strategy.service;

import java.time.LocalDate;

import dk.radhus.strategy.Light;

/** An initiative's status as of a day: its light and the narrative behind it. */
public record StatusReport(Light light, String narrative, LocalDate asOf) {
}
