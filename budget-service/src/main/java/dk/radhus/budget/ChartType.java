package dk.radhus.budget;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An authorised combination of dranst (budget type) and art (type) for a year. */
@Entity
@Table(name = "chart_type")
public class ChartType extends PanacheEntityBase {

    /** Year, dranst and art. */
    @Embeddable
    public record Key(@Column(name = "fiscal_year") int fiscalYear, @Column(name = "budget_type") int budgetType,
            @Column(name = "type_code") String typeCode) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    public static List<ChartType> listForYear(int year) {
        return list("key.fiscalYear = ?1 order by key.budgetType, key.typeCode", year);
    }

    public static long deleteForYear(int year) {
        return delete("key.fiscalYear = ?1", year);
    }
}
