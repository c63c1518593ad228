package dk.radhus.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Indsats: an initiative under a goal or sub-goal, owned by a department, with its current traffic-light status. */
@Entity
@Table(name = "initiative")
public class Initiative extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Human reference used in CSV uploads, e.g. "VP-BY-1.2". */
    public String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    public String title;

    public String description;

    @Column(name = "department_code")
    public String departmentCode;

    public String partners;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public Light light;

    public String narrative;

    @Column(name = "status_as_of")
    public LocalDate statusAsOf;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "status_changed_by")
    public String statusChangedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    private static final String WITH_PLAN = "select i from Initiative i join fetch i.goal g left join fetch g.parent "
            + "join fetch g.focusArea f join fetch f.policy p ";
    private static final String ORDER = " order by p.title, f.position, g.position, i.reference";

    public static List<Initiative> listByPolicy(UUID policyId) {
        return list(WITH_PLAN + "where p.id = ?1 order by f.position, g.position, i.reference", policyId);
    }

    /** Initiatives with their goal, focus area and policy loaded; each filter is optional. */
    public static List<Initiative> search(UUID policyId, UUID focusAreaId, String departmentCode) {
        Filter filter = Filter.of(policyId, focusAreaId, departmentCode);
        return list(WITH_PLAN + filter.where() + ORDER, filter.params());
    }

    /** Dashboard rows without loading entities; same filters and order as {@link #search}. */
    public static List<InitiativeRow> searchRows(UUID policyId, UUID focusAreaId, String departmentCode) {
        Filter filter = Filter.of(policyId, focusAreaId, departmentCode);
        var query = getEntityManager().createQuery("select new dk.radhus.strategy.InitiativeRow(i.id, i.reference, "
                + "i.title, i.departmentCode, i.light, i.narrative, i.statusAsOf, g.id, pg.id, f.id, f.title, p.id, "
                + "p.title) from Initiative i join i.goal g left join g.parent pg join g.focusArea f join f.policy p "
                + filter.where() + ORDER, InitiativeRow.class);
        filter.params().forEach(query::setParameter);
        return query.getResultList();
    }

    /** The optional filters of {@link #search} as a JPQL where clause over aliases i, f, p and its parameters. */
    private record Filter(String where, Map<String, Object> params) {

        static Filter of(UUID policyId, UUID focusAreaId, String departmentCode) {
            StringBuilder where = new StringBuilder("where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (policyId != null) {
                where.append(" and p.id = :policy");
                params.put("policy", policyId);
            }
            if (focusAreaId != null) {
                where.append(" and f.id = :focusArea");
                params.put("focusArea", focusAreaId);
            }
            if (departmentCode != null) {
                where.append(" and i.departmentCode = :department");
                params.put("department", departmentCode);
            }
            return new Filter(where.toString(), params);
        }
    }

    public static Optional<Initiative> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }
}
