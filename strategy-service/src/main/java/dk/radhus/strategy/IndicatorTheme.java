package dk.radhus.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Tema of the growth account, e.g. "Bolig- og befolkningsudvikling". */
@Entity
@Table(name = "indicator_theme")
public class IndicatorTheme extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Column(name = "position")
    public int position;

    public static List<IndicatorTheme> listOrdered() {
        return list("order by position, title");
    }

    public static Optional<IndicatorTheme> findByTitle(String title) {
        return find("title", title).firstResultOptional();
    }
}
