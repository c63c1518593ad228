package dk.radhus.strategy;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Fokusområde of a policy, e.g. "Byudvikling". */
@Entity
@Table(name = "focus_area")
public class FocusArea extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "policy_id")
    public Policy policy;

    public String title;

    @Column(name = "position")
    public int position;

    public static List<FocusArea> listByPolicy(UUID policyId) {
        return list("policy.id = ?1 order by position", policyId);
    }

    public static long countByPolicy(UUID policyId) {
        return count("policy.id", policyId);
    }
}
