package dk.radhus.budget;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Budgetår / regnskabsår: a calendar year, open for figures or closed. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear extends PanacheEntityBase {

    /** Whether figures of the year may still change. */
    public enum Status {
        OPEN, CLOSED
    }

    @Id
    public Integer year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public static List<FiscalYear> listByYear() {
        return list("order by year");
    }
}
