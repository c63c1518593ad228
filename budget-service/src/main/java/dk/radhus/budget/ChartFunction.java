package dk.radhus.budget;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A function (funktion d.dd.dd) of the authorised chart of accounts for a year. */
@Entity
@Table(name = "chart_function")
public class ChartFunction extends PanacheEntityBase {

    /** Year and function. */
    @Embeddable
    public record Key(@Column(name = "fiscal_year") int fiscalYear,
            @Column(name = "function_code") String functionCode) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    public static List<ChartFunction> listForYear(int year) {
        return list("key.fiscalYear = ?1 order by key.functionCode", year);
    }

    public static long deleteForYear(int year) {
        return delete("key.fiscalYear = ?1", year);
    }
}
