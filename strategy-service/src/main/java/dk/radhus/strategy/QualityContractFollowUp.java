package dk.radhus.strategy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Opfølgningsredegørelse: the yearly status of a quality contract. */
@Entity
@Table(name = "quality_contract_follow_up")
public class QualityContractFollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    public QualityContract contract;

    public int year;

    @Column(name = "status_text")
    public String statusText;

    @Enumerated(EnumType.STRING)
    public Light light;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reported_at")
    public Instant reportedAt;

    public static List<QualityContractFollowUp> ofContract(UUID contractId) {
        return list("contract.id = ?1 order by year", contractId);
    }

    public static List<QualityContractFollowUp> allOrdered() {
        return list("select f from QualityContractFollowUp f join fetch f.contract order by f.year");
    }

    public static boolean exists(UUID contractId, int year) {
        return count("contract.id = ?1 and year = ?2", contractId, year) > 0;
    }
}
