package dk.radhus.strategy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Kvalitetskontrakt: one numbered objective of a service area's contract for a year. Public. */
@Entity
@Table(name = "quality_contract")
public class QualityContract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "service_area")
    public String serviceArea;

    @Column(name = "contract_year")
    public int contractYear;

    public int number;

    public String heading;

    @Column(name = "overall_objective")
    public String overallObjective;

    @Column(name = "how_worked_on")
    public String howWorkedOn;

    /** Hvornår forventes målet nået? Null means ongoing (løbende). */
    @Column(name = "target_year")
    public Integer targetYear;

    /** Hvordan måles det? */
    public String measurement;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<QualityContract> search(String serviceArea, Integer year) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (serviceArea != null) {
            query.append(" and serviceArea = :serviceArea");
            params.put("serviceArea", serviceArea);
        }
        if (year != null) {
            query.append(" and contractYear = :year");
            params.put("year", year);
        }
        return list(query + " order by contractYear, serviceArea, number", params);
    }

    public static boolean exists(String serviceArea, int year, int number) {
        return count("serviceArea = ?1 and contractYear = ?2 and number = ?3", serviceArea, year, number) > 0;
    }
}
