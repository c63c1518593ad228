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

/** Politikområde / bevillingsområde, e.g. "881 Borger og erhvervsudvalget", owned by one committee. */
@Entity
@Table(name = "policy_area")
public class PolicyArea extends PanacheEntityBase {

    /** Drift or anlæg: the section the area is printed under in the accounts table. */
    public enum Kind {
        OPERATIONS("Drift"), CAPITAL("Anlæg");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "committee_code", nullable = false)
    public String committeeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The label the committee tables print: code and name. */
    public String label() {
        return code + " " + name;
    }

    public static List<PolicyArea> listByCode() {
        return list("order by code");
    }

    public static List<PolicyArea> listByCommittee(String committeeCode) {
        return list("committeeCode = ?1 order by code", committeeCode);
    }
}
