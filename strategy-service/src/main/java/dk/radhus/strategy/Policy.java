package dk.radhus.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A policy (politik), e.g. "Vækstpolitik 2018-2022 – Vækst – vejen til velfærd"; public once adopted. */
@Entity
@Table(name = "policy")
public class Policy extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Column(name = "period_start")
    public int periodStart;

    @Column(name = "period_end")
    public int periodEnd;

    public String owner;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "adopted_by_decision")
    public String adoptedByDecision;

    @Column(name = "adopted_case_number")
    public String adoptedCaseNumber;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean adopted() {
        return adoptedOn != null;
    }

    public static List<Policy> listVisible(boolean adoptedOnly) {
        return adoptedOnly ? list("adoptedOn is not null order by periodStart, title") : list("order by periodStart, title");
    }
}
