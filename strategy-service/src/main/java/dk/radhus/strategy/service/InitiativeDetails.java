package dk.radhus.strategy.service;

import java.time.LocalDate;

/** An initiative's title, description, owning department, partners and period (both ends optional). */
public record InitiativeDetails(String title, String description, String departmentCode, String partners,
        LocalDate startDate, LocalDate endDate) {
}
