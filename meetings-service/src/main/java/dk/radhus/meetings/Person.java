package dk.radhus.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A politician (with a party letter such as A, B, C, F) or an official (without one). */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "party_letter")
    public String partyLetter;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Person> listByName() {
        return list("order by lower(name), id");
    }
}
