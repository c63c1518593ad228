package dk.radhus.strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A published yearly growth account (vækstregnskab): an immutable snapshot of the indicators reported that year. */
@Entity
@Table(name = "growth_account")
public class GrowthAccount extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<GrowthAccountLine> lines = new ArrayList<>();

    public static Optional<GrowthAccount> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }

    public static List<GrowthAccount> listByYear() {
        return list("order by year");
    }
}
