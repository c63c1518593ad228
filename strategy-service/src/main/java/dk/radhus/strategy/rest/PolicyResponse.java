package dk.radhus.strategy.rest;

import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.strategy.Policy;

/** A policy's header. */
public record PolicyResponse(UUID id, String title, int periodStart, int periodEnd, String owner, boolean adopted,
        LocalDate adoptedOn, String adoptedByDecision, String adoptedCaseNumber) {

    public static PolicyResponse of(Policy policy) {
        return new PolicyResponse(policy.id, policy.title, policy.periodStart, policy.periodEnd, policy.owner,
                policy.adopted(), policy.adoptedOn, policy.adoptedByDecision, policy.adoptedCaseNumber);
    }
}
