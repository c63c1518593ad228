package dk.radhus.strategy.service;

import java.time.LocalDate;
import java.util.UUID;

/** Optional dashboard filters: initiatives by policy, focus area and department; budget by committee. */
public record DashboardFilter(UUID policyId, UUID focusAreaId, String department, String committee,
        LocalDate changedSince) {
}
