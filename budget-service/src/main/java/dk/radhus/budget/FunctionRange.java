package dk.radhus.budget;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A function (funktion, d.dd.dd) or an inclusive range of functions that a policy area covers. */
@Entity
@Table(name = "function_range")
public class FunctionRange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "policy_area_code", nullable = false)
    public String policyAreaCode;

    @Column(name = "function_from", nullable = false)
    public String functionFrom;

    @Column(name = "function_to", nullable = false)
    public String functionTo;

    public boolean covers(String function) {
        return functionFrom.compareTo(function) <= 0 && functionTo.compareTo(function) >= 0;
    }

    public static List<FunctionRange> listByPolicyArea(String policyAreaCode) {
        return list("policyAreaCode = ?1 order by functionFrom", policyAreaCode);
    }

    public static List<FunctionRange> listOverlapping(String from, String to) {
        return list("functionFrom <= ?2 and functionTo >= ?1", from, to);
    }
}
