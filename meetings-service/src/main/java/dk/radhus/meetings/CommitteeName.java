package dk.radhus.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A name documents give a committee, mapped to the committee by the secretariat ("Udvalget for Ældre og Sundhed"). */
@Entity
@Table(name = "committee_name")
public class CommitteeName extends PanacheEntityBase {

    @Id
    @Column(name = "name_key")
    public String nameKey;

    @Column(nullable = false)
    public String name;

    @Column(name = "committee_code", nullable = false)
    public String committeeCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** The name as looked up: lower case, one space between words, no full stop at the end. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").replaceAll("[.]+$", "").strip();
    }

    public static Optional<CommitteeName> findByName(String name) {
        return findByIdOptional(key(name));
    }

    public static List<CommitteeName> listAll(boolean byName) {
        return list("order by " + (byName ? "nameKey" : "committeeCode, nameKey"));
    }
}
