package dk.radhus.strategy.service;

/** A quality contract objective as its author entered it, before it is trimmed and stored. */
public record QualityContractTerms(String serviceArea, int contractYear, int number, String heading,
        String overallObjective, String howWorkedOn, Integer targetYear, String measurement) {
}
