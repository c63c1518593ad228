package dk.radhus.strategy;

import java.time.LocalDate;
import java.util.UUID;

/** A read-only projection of an initiative with its place in the plan, for the dashboard. */
public record InitiativeRow(UUID id, String reference, String title, String departmentCode, Light light,
        String narrative, LocalDate statusAsOf, UUID goalId, UUID parentGoalId, UUID focusAreaId,
        String focusAreaTitle, UUID policyId, String policyTitle) {
}
