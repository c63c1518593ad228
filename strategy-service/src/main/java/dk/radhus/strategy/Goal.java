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

/** Mål of a focus area; with a parent it is a delmål (sub-goal). */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "focus_area_id")
    public FocusArea focusArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_goal_id")
    public Goal parent;

    public String title;

    @Column(name = "position")
    public int position;

    public static List<Goal> listByPolicy(UUID policyId) {
        return list("focusArea.policy.id = ?1 order by focusArea.position, position", policyId);
    }

    public static long countSiblings(UUID focusAreaId, UUID parentId) {
        return parentId == null ? count("focusArea.id = ?1 and parent is null", focusAreaId)
                : count("parent.id", parentId);
    }
}
