package dk.radhus.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's seat on a committee, with a role and a period. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "committee_code", nullable = false)
    public String committeeCode;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public static List<Membership> listForCommittee(String committeeCode) {
        return list("committeeCode = ?1 order by role, startDate", committeeCode);
    }

    public static List<Membership> listActiveOn(String committeeCode, LocalDate day) {
        return list("committeeCode = ?1 and startDate <= ?2 and (endDate is null or endDate >= ?2) order by role, startDate",
                committeeCode, day);
    }
}
